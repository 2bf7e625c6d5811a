/**
 * Audit trail: an append-only record of who imported which file, who ran which run on which rule
 * set, every override and deployment confirmation, and every change of the rules with its diff.
 */
package org.tierwise.audit;
