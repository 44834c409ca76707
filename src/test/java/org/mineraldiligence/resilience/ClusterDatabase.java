package org.mineraldiligence.resilience;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The cluster's PostgreSQL database, as the test sees it. Every statement takes a new connection, so the
 * test's own view survives a database restart just as the nodes' pools must.
 */
final class ClusterDatabase {

    private final String url;
    private final String user;
    private final JdbcTemplate jdbc;

    private ClusterDatabase(String url, String user) {
        this.url = url;
        this.user = user;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, ""));
    }

    /** A new, empty database next to the test database (same server, name {@code name}). */
    static ClusterDatabase recreate(String testDatabaseUrl, String user, String name) {
        String server = testDatabaseUrl.substring(0, testDatabaseUrl.lastIndexOf('/') + 1);
        JdbcTemplate maintenance = new JdbcTemplate(new DriverManagerDataSource(server + "postgres", user, ""));
        maintenance.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        maintenance.execute("CREATE DATABASE " + name);
        return new ClusterDatabase(server + name, user);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** New direct suppliers with one contact each and a spread of spend; earlier ones leave the scope. */
    void replaceSuppliers(String prefix, int size) {
        jdbc.update("UPDATE supplier SET direct = FALSE");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            rows.add(new Object[] {prefix + "-" + i, "Cluster Supplier " + prefix + " " + i, "Germany",
                    1_000_000 - i * (900_000.0 / size), "EUR"});
        }
        jdbc.batchUpdate("INSERT INTO supplier (code, name, country, annual_spend, currency, direct) "
                + "VALUES (?, ?, ?, ?, ?, TRUE)", rows);
        jdbc.update("INSERT INTO supplier_contact (supplier_id, name, email, is_primary) "
                + "SELECT id, 'Contact', LOWER(code) || '@cluster.example', TRUE FROM supplier WHERE code LIKE ?",
                prefix + "-%");
    }

    long cycleId(int year) {
        return count("SELECT id FROM reporting_cycle WHERE reporting_year = ?", year);
    }

    long inScope(long cycleId) {
        return count("SELECT COUNT(*) FROM cycle_scope WHERE cycle_id = ? AND included", cycleId);
    }

    long surveysStarted(long cycleId) {
        return count("SELECT COUNT(*) FROM supplier_survey WHERE cycle_id = ? AND process_instance_id IS NOT NULL", cycleId);
    }

    long messages(long cycleId, String template) {
        return count("SELECT COUNT(*) FROM outbound_message WHERE cycle_id = ? AND template_name = ?", cycleId, template);
    }

    /** In-scope suppliers without exactly one message of the template: none, or two and more. */
    long suppliersWithoutExactlyOne(long cycleId, String template) {
        return suppliersWithout(cycleId, template, 1);
    }

    /** In-scope suppliers that have not exactly {@code expected} messages of the template. */
    long suppliersWithout(long cycleId, String template, int expected) {
        return count("""
                SELECT COUNT(*) FROM cycle_scope s
                WHERE s.cycle_id = ? AND s.included
                  AND (SELECT COUNT(*) FROM outbound_message m WHERE m.cycle_id = s.cycle_id
                       AND m.supplier_id = s.supplier_id AND m.template_name = ?) <> ?
                """, cycleId, template, expected);
    }

    long unsent(long cycleId, String template) {
        return count("SELECT COUNT(*) FROM outbound_message WHERE cycle_id = ? AND template_name = ? AND status <> 'SENT'",
                cycleId, template);
    }

    /** The survey process instances of a cycle, running or ended (history keeps both). */
    long surveyInstances(int year) {
        return count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'supplier-survey' AND business_key_ LIKE ?",
                "RY" + year + "/%");
    }

    long incidents() {
        return count("SELECT COUNT(*) FROM act_ru_incident");
    }

    /** The next reminder timer of each survey of the cycle, as the engine will fire it. */
    long reminderTimers(int year, String dueAfterInterval) {
        return count("""
                SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_
                WHERE j.handler_type_ = 'timer-transition' AND j.handler_cfg_ LIKE 'Event_ReminderDue%'
                  AND e.business_key_ LIKE ? AND j.duedate_ > now() + CAST(? AS INTERVAL)
                """, "RY" + year + "/%", dueAfterInterval);
    }

    /**
     * Lets the engine's clock reach the cycle's next reminder date: every reminder timer of its surveys
     * becomes due now. (The nodes run on real time; moving the due dates is how a test makes a week pass.)
     */
    int makeRemindersDue(int year) {
        return jdbc.update("""
                UPDATE act_ru_job SET duedate_ = now() - INTERVAL '1 second'
                WHERE handler_type_ = 'timer-transition' AND handler_cfg_ LIKE 'Event_ReminderDue%'
                  AND process_instance_id_ IN (SELECT id_ FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ LIKE ?)
                """, "RY" + year + "/%");
    }

    /** Which nodes ran jobs of a process, by the host name each engine writes into its job log. */
    List<String> nodesThatRanJobs(String processDefinitionKey) {
        return jdbc.queryForList("""
                SELECT DISTINCT hostname_ FROM act_hi_job_log
                WHERE process_def_key_ = ? AND job_state_ = 2 ORDER BY hostname_
                """, String.class, processDefinitionKey);
    }
}
