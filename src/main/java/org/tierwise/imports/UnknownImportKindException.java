package org.tierwise.imports;

import java.util.Set;

/** An import asked for a kind of file that no importer reads. */
public class UnknownImportKindException extends RuntimeException {

    public UnknownImportKindException(String kind, Set<String> known) {
        super("unknown kind of import '" + kind + "'; known kinds: " + String.join(", ", known));
    }
}
