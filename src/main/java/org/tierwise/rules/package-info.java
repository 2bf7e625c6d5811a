/** Rules platform: loads, checks, versions, hot-reloads and runs the DRL rule set under {@code rules/}. */
package org.tierwise.rules;
