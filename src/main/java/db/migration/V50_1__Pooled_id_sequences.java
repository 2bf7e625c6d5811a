package db.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables an import fills take their ids from sequences that hand out blocks of {@link #BLOCK},
 * so that Hibernate sends an import's inserts in JDBC batches: with an identity column it must
 * insert one row at a time to read each id back.
 *
 * <p>Each sequence starts past the ids already stored, which neither H2 nor PostgreSQL can do in one
 * statement the other accepts, hence a Java migration. Hibernate's pooled optimiser treats a value
 * it reads as the top of a block, so the first value is the highest id stored plus a whole block.
 * The identity is dropped: an insert that names no id now fails, instead of taking an id that the
 * sequence will hand out later.
 */
public class V50_1__Pooled_id_sequences extends BaseJavaMigration {

    /** The ids a sequence hands out per call; each entity's {@code allocationSize} must say the same. */
    static final int BLOCK = 50;

    static final List<String> TABLES = List.of(
            "inspection",
            "ks2_result",
            "ks4_result",
            "local_intelligence",
            "finance_fund",
            "finance_spend_item",
            "finance_approval",
            "finance_reserve_policy");

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                pool(statement, table);
            }
        }
    }

    /** Replaces the identity of {@code table}'s id with the sequence {@code <table>_seq}, started past its ids. */
    static void pool(Statement statement, String table) throws SQLException {
        long highest;
        try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            highest = rs.getLong(1);
        }
        statement.execute("alter table " + table + " alter column id drop identity");
        statement.execute(
                "create sequence " + table + "_seq start with " + (highest + BLOCK) + " increment by " + BLOCK);
    }
}
