package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.mineraldiligence.supplier.Countries;

/**
 * Reads the country names stored before suppliers had country codes ("USA", "Congo, Democratic Republic of
 * the") and stores each as ISO 3166-1 code and English short name. A name that names no country is left as
 * typed, without a code: the supplier page shows it and asks for a country.
 */
public class V41__supplier_country_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Countries countries = Countries.standard();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("SELECT DISTINCT country FROM supplier WHERE country IS NOT NULL");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "UPDATE supplier SET country = ?, country_code = ? WHERE country = ?")) {
            while (rows.next()) {
                String stored = rows.getString(1);
                var country = countries.find(stored);
                if (country.isPresent()) {
                    update.setString(1, country.get().name());
                    update.setString(2, country.get().code());
                    update.setString(3, stored);
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
