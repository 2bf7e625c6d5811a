/** The expected outcomes of the fixture run: every fixture school's tier, reasons and rules, kept as reviewed data. */
package org.tierwise.tiering.expected;
