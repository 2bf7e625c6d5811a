package org.tierwise.rules;

/**
 * Identifies the rule files a result was produced by.
 *
 * @param digest SHA-256 (hex) over every rule and parameter file's path and content
 * @param label the newest file change time, for humans: "the rules as of 23 Nov 17:09"
 */
public record RuleSetVersion(String digest, String label) {

    /** The first 12 hex digits: enough to tell versions apart in a report. */
    public String shortDigest() {
        return digest.substring(0, Math.min(12, digest.length()));
    }

    @Override
    public String toString() {
        return shortDigest() + " (" + label + ")";
    }
}
