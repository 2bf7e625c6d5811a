package org.tierwise.rules;

import java.nio.file.Path;

/** A rules directory that was asked for is not a directory on this server. */
public class RulesDirectoryNotFoundException extends IllegalArgumentException {

    public RulesDirectoryNotFoundException(Path dir) {
        super("No rules directory at " + dir.toAbsolutePath().normalize());
    }
}
