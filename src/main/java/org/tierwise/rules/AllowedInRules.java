package org.tierwise.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Tierwise type that rule files may import and use: a fact, an outcome, a parameter or a
 * value type such as an enum. Rule files are code a POLICY user writes, so {@link RuleVocabulary}
 * refuses every other project type; a type earns this mark only when none of its methods reach
 * files, the database, the network, threads or reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedInRules {}
