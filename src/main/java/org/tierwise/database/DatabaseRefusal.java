package org.tierwise.database;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * A write the database refused, as a user may read it: what kind of value was refused and, where
 * the driver names it, which field. The driver's message quotes the SQL statement and the column
 * types, which say nothing a user can act on and tell a stranger how the tables are built, so it
 * goes to the service log under {@link #reference()} and never into a response.
 *
 * @param reference the id under which the full exception is logged
 * @param words what was refused, in words
 */
public record DatabaseRefusal(String reference, String words) {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRefusal.class);

    /** The column H2 and PostgreSQL name in their messages: {@code column "COST NUMERIC(12, 2)"}. */
    private static final Pattern COLUMN = Pattern.compile("(?i)column \"(?:[A-Za-z0-9_]+\\.)*([A-Za-z][A-Za-z0-9_]*)");

    /** Logs the full exception under a new reference and says in words what was refused. */
    public static DatabaseRefusal of(Throwable refusal) {
        String reference = newReference();
        log.warn("The database refused a write (reference {})", reference, refusal);
        return new DatabaseRefusal(reference, words(refusal));
    }

    /** A short id for a log entry, quoted to the user so that an operator can find it. */
    public static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * True when the database is part of the failure: its exceptions' messages quote SQL, so they
     * are logged and not shown.
     */
    public static boolean involvesTheDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** The refusal in words, from the standard SQLSTATE of the driver's exception and the column it names. */
    static String words(Throwable refusal) {
        SQLException sql = sqlException(refusal);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String field = sql == null ? null : field(sql.getMessage());
        String value = field == null ? "a value" : "the value of " + field;
        return switch (state) {
            case "22001" -> value + " is too long or too large to be stored";
            case "22003" -> value + " is out of the range that can be stored";
            case "23502" -> (field == null ? "a required value" : field) + " is required but was missing";
            case "23503", "23506" -> "it refers to a record that is not stored, or one that others still refer to";
            case "23505" -> "a record with the same key is already stored";
            case "23513", "23514" -> value + " breaks a rule of the database";
            default -> state.startsWith("22") ? value + " cannot be stored as given" : "a value could not be stored";
        };
    }

    private static SQLException sqlException(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The column the driver names, in words: {@code FUNDING_SOURCE} is "funding source". */
    private static String field(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = COLUMN.matcher(message);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replace('_', ' ') : null;
    }
}
