/**
 * CSV output shared by every export (tiering runs, finance flags, the audit trail): one writer on
 * Apache Commons CSV that defuses cells a spreadsheet would run as formulas. A bottom package: it
 * depends on no feature, so features share it without depending on each other.
 */
package org.tierwise.csv;
