package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Tiering runs stored before concerns had a confidentiality (V65) wrote a safeguarding concern's
 * note into the school's reasons and matched facts, which every officer reads and the CSV export
 * carries. Each confidential note is replaced there by words that say a note was withheld; the
 * tier, the reason's rule and its date stay. Runs are otherwise never changed: this removes text
 * that should not have been stored, it does not change a decision.
 */
public class V66__Withhold_safeguarding_notes_in_stored_runs extends BaseJavaMigration {

    /** Short, so a reason stays within its column whatever the note's length. */
    static final String WITHHELD = "[confidential safeguarding note withheld]";

    @Override
    public void migrate(Context context) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (PreparedStatement select = context.getConnection()
                        .prepareStatement(
                                "select distinct note from local_intelligence where confidentiality = 'SAFEGUARDING'");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String note = rs.getString(1);
                if (note != null && !note.isBlank()) {
                    notes.add(note);
                }
            }
        }
        if (notes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("update tiering_detail set reason = replace(reason, ?, ?),"
                        + " matched_facts = replace(matched_facts, ?, ?)")) {
            for (String note : notes) {
                update.setString(1, note);
                update.setString(2, WITHHELD);
                update.setString(3, note);
                update.setString(4, WITHHELD);
                update.executeUpdate();
            }
        }
    }
}
