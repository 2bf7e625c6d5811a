/** Cases files: rule tests policy staff write in YAML beside each rule file, and the runner for them. */
package org.tierwise.rules.cases;
