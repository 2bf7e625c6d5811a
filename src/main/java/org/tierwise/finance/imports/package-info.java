/** Importers for the finance CSV files: funds, spending items, approvals and reserve policies. */
package org.tierwise.finance.imports;
