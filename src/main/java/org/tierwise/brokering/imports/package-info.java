/** CSV importers for the supporter register and the school locations brokering measures distance with. */
package org.tierwise.brokering.imports;
