/** What-if: which schools or items a candidate rule set would decide differently from the live one. */
package org.tierwise.rules.whatif;
