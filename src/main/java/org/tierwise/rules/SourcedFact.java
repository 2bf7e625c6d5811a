package org.tierwise.rules;

/**
 * A fact read from data that says where it came from, so every explanation built on it names its
 * data: "published: 2018-2019_919_ks2final.csv, line 45" or "constructed: …" for fixture data.
 */
public interface SourcedFact {

    /** The file and line the fact was read from, or how it was constructed; null when unknown. */
    String dataSource();
}
