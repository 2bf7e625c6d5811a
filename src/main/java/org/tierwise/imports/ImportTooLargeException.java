package org.tierwise.imports;

/** A file too large for the memory this service lets uploads take: 413, nothing stored. */
public class ImportTooLargeException extends RuntimeException {

    private final String file;

    ImportTooLargeException(String file, String message) {
        super(message);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
