package org.tierwise.database;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure is the database being unable to work (its disk full or failing, the database
 * closed after such a failure, no connection to be had) rather than a request it refused. Such a
 * failure is answered 503 with nothing saved, and the connection that met it is not used again.
 */
public final class DatabaseUnavailable {

    /**
     * H2's codes for a database that cannot go on: 90028 an I/O error, 90030 a corrupted file,
     * 90098 closed (as H2 closes it after a failed write), 90100 no disk space, 90121 closed at
     * shutdown (org.h2.api.ErrorCode).
     */
    private static final Set<Integer> H2_CODES = Set.of(90028, 90030, 90098, 90100, 90121);

    /**
     * PostgreSQL's classes of the same (Appendix A, "PostgreSQL Error Codes"): 08 connection
     * exception, 53 insufficient resources (53100 disk_full), 57P operator intervention (shutdown),
     * 58 system error (58030 io_error).
     */
    private static final Set<String> SQL_STATE_CLASSES = Set.of("08", "53", "57", "58");

    private DatabaseUnavailable() {}

    /** True when this failure, or one it was caused by, says the database cannot work. */
    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && means(sql)) {
                return true;
            }
            if (cause instanceof IOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static boolean means(SQLException e) {
        String state = e.getSQLState();
        return H2_CODES.contains(e.getErrorCode())
                || (state != null && state.length() >= 2 && SQL_STATE_CLASSES.contains(state.substring(0, 2)));
    }
}
