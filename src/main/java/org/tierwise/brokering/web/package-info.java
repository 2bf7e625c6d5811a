/** The brokering API: runs, recommendations, deployments and the supporter register. */
package org.tierwise.brokering.web;
