package org.tierwise.rules.testfacts;

/** A test fact: something with a score that rules flag. */
@org.tierwise.rules.AllowedInRules
public record Item(String id, int score) {}
