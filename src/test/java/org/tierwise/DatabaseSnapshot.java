package org.tierwise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The row count and a digest of the contents of every table, to prove that a refused request
 * changed nothing: two snapshots are equal only if every table holds the same rows (in any order).
 * Plain JDBC, so it works on H2 and PostgreSQL alike.
 */
public record DatabaseSnapshot(Map<String, Table> tables) {

    /** One table: how many rows and a digest over their contents. */
    public record Table(long rows, String digest) {}

    /**
     * Every table of the application's schema except Flyway's history and the audit trail, which
     * records a refused request by design ({@code AuditTrailTests} checks that it does).
     */
    public static DatabaseSnapshot of(DataSource dataSource) {
        return of(dataSource, table -> !table.equals("audit_event"));
    }

    /** The tables whose lower-case names pass {@code include}. */
    public static DatabaseSnapshot of(DataSource dataSource, Predicate<String> include) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Table> tables = new TreeMap<>();
            for (String table : tableNames(connection)) {
                String name = table.toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history") && include.test(name)) {
                    tables.put(name, table(connection, table));
                }
            }
            return new DatabaseSnapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database", e);
        }
    }

    /** The total number of rows over every table. */
    public long totalRows() {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }

    /** The tables whose contents differ between this snapshot and {@code other}, for a failure message. */
    public List<String> differences(DatabaseSnapshot other) {
        List<String> differences = new ArrayList<>();
        tables.forEach((name, table) -> {
            Table theirs = other.tables().get(name);
            if (!table.equals(theirs)) {
                differences.add(name + ": " + table.rows() + " rows -> " + (theirs == null ? "gone" : theirs.rows())
                        + " rows" + (theirs != null && theirs.rows() == table.rows() ? " (contents changed)" : ""));
            }
        });
        other.tables().keySet().stream()
                .filter(name -> !tables.containsKey(name))
                .forEach(name -> differences.add(name + ": new table"));
        return differences;
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs =
                meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** Rows are hashed one by one and the hashes added up, so the order rows come back in does not matter. */
    private static Table table(Connection connection, String table) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int c = 1; c <= columns; c++) {
                    String value = rs.getString(c);
                    sha.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sum = sum.add(new java.math.BigInteger(1, sha.digest()));
            }
        }
        return new Table(rows, HexFormat.of().formatHex(sum.toByteArray()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
