package org.tierwise.imports;

import java.time.Duration;

/** Other uploads hold the memory a file needs: 503 with a time to send it again, nothing stored. */
public class ImportsBusyException extends RuntimeException {

    private final String file;
    private final Duration retryAfter;

    ImportsBusyException(String file, String message, Duration retryAfter) {
        super(message);
        this.file = file;
        this.retryAfter = retryAfter;
    }

    public String file() {
        return file;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
