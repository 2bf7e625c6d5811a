package org.tierwise.imports;

import java.util.List;

/** A whole file refused: nothing from it was written. */
public class ImportRejectedException extends RuntimeException {

    private final String file;
    private final transient List<RowError> errors;

    public ImportRejectedException(String file, String message, List<RowError> errors) {
        super(message);
        this.file = file;
        this.errors = List.copyOf(errors);
    }

    public ImportRejectedException(String file, String message) {
        this(file, message, List.of());
    }

    public String file() {
        return file;
    }

    public List<RowError> errors() {
        return errors;
    }
}
