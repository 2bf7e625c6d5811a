/** JSON API of the rules platform under {@code /api/rules}. */
package org.tierwise.rules.web;
