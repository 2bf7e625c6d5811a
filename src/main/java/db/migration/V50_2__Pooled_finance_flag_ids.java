package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Finance flags take their ids from a pooled sequence too, as the imported tables do since V50_1:
 * a national finance check stores about 19,000 flags, which an identity column forced into one
 * insert each.
 */
public class V50_2__Pooled_finance_flag_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            V50_1__Pooled_id_sequences.pool(statement, "finance_flag");
        }
    }
}
