/** Rules commands run from the jar: check-rules, test-rules, what-if. */
package org.tierwise.rules.cli;
