/** Brokering: which supporters may help each school causing concern, why, and an optimal allocation. */
package org.tierwise.brokering;
