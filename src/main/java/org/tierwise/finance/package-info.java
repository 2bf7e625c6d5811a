/** Finance checks: funds, spending items, approvals and reserve policies, checked by the rules in rules/finance. */
package org.tierwise.finance;
