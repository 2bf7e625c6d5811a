/** What the database refused, said in words, with its SQL and driver text kept for the service log. */
package org.tierwise.database;
