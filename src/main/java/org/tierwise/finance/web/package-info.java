/** The finance checks API: run a check, read its flags as JSON or CSV. */
package org.tierwise.finance.web;
