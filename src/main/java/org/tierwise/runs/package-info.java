/**
 * Runs that must not overlap: a database lock per run kind and scope, held while a tiering run,
 * brokering run or finance check is in progress, so that a second one is refused by any instance
 * sharing the database, and taken over when its holder stopped renewing it.
 */
package org.tierwise.runs;
