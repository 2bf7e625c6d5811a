package org.tierwise.rules;

import java.time.Instant;

/**
 * One rule or parameter file as read from disk.
 *
 * @param path relative to the rules directory, with forward slashes
 */
record SourceFile(String path, String content, Instant modified) {}
