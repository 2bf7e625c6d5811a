/** The audit trail's API: events filtered and paged, their CSV export, and the history of one rule. */
package org.tierwise.audit.web;
