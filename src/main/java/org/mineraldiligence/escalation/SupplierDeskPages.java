package org.mineraldiligence.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supplier list and the supplier page for the people who work the suppliers: commodity managers (their
 * own and their team's suppliers), executive champions, process owners and compliance officers. Master data
 * is edited on {@code /suppliers/{id}/master-data} (process owners).
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','commodity-managers','executive-champions','compliance-officers')")
class SupplierDeskPages {

    static final int PAGE_SIZE = 50;

    /** One row of the supplier list, with the state of its own latest survey (null when never surveyed). */
    record Row(long id, String code, String name, String country, String commodity, String commodityManager,
               Long surveyId, String outcome, boolean validCmrt) {
    }

    private final SupplierRepository suppliers;
    private final SupplierAccess access;
    private final SupplierDossier dossier;
    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final java.time.Clock clock;

    SupplierDeskPages(SupplierRepository suppliers, SupplierAccess access, SupplierDossier dossier, JdbcTemplate jdbc,
                      IdentityService identity, java.time.Clock clock) {
        this.identity = identity;
        this.clock = clock;
        this.suppliers = suppliers;
        this.access = access;
        this.dossier = dossier;
        this.jdbc = jdbc;
    }

    /**
     * Suppliers by code, name, country or commodity; {@code mine}: only those the person manages (a commodity
     * manager always sees only theirs and their team's); {@code withoutValidCmrt}: surveyed in the latest
     * cycle and no valid CMRT received yet.
     */
    @GetMapping("/suppliers")
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean mine,
                @RequestParam(defaultValue = "false") boolean withoutValidCmrt,
                @RequestParam(defaultValue = "0") int page, Authentication person, Model model) {
        SupplierAccess.Scope scope = access.of(person).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        String text = q.strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (LOWER(s.code) LIKE ? ESCAPE '\\' OR LOWER(s.name) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(s.country) LIKE ? ESCAPE '\\' OR LOWER(s.commodity) LIKE ? ESCAPE '\\')");
            args.addAll(List.of(like, like, like, like));
        }
        List<String> managers = mine ? List.of(person.getName()) : List.copyOf(scope.managers());
        if (mine || !scope.everySupplier()) {
            List<String> visible = scope.everySupplier() ? managers
                    : managers.stream().filter(scope.managers()::contains).toList();
            where.append(" AND s.commodity_manager IN (").append(placeholders(visible.size())).append(")");
            args.addAll(visible);
        }
        if (withoutValidCmrt) {
            where.append(" AND sv.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cmrt_submission c WHERE c.survey_id = sv.id"
                    + " AND c.verdict IN ('VALID', 'VALID_WITH_WARNINGS'))");
        }
        // Each supplier's own latest survey: a supplier left out of the newest cycle still shows where it stands.
        String from = " FROM supplier s LEFT JOIN supplier_survey sv ON sv.id = (SELECT l.id FROM supplier_survey l"
                + " JOIN reporting_cycle rc ON rc.id = l.cycle_id WHERE l.supplier_id = s.id"
                + " ORDER BY rc.reporting_year DESC, l.id DESC LIMIT 1)";
        List<Object> all = new ArrayList<>(args);
        long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, Long.class, all.toArray());
        int shown = Math.max(page, 0);
        List<Object> paged = new ArrayList<>(all);
        paged.add(PAGE_SIZE);
        paged.add((long) shown * PAGE_SIZE);
        List<Row> rows = jdbc.query("SELECT s.id, s.code, s.name, s.country, s.commodity, s.commodity_manager, sv.id AS survey_id,"
                + " sv.outcome, CASE WHEN EXISTS (SELECT 1 FROM cmrt_submission c WHERE c.survey_id = sv.id"
                + " AND c.verdict IN ('VALID', 'VALID_WITH_WARNINGS')) THEN 1 ELSE 0 END AS valid_cmrt"
                + from + where + " ORDER BY s.name, s.code LIMIT ? OFFSET ?",
                (row, i) -> new Row(row.getLong("id"), row.getString("code"), row.getString("name"), row.getString("country"),
                        row.getString("commodity"), row.getString("commodity_manager"),
                        row.getObject("survey_id") == null ? null : row.getLong("survey_id"), row.getString("outcome"),
                        row.getInt("valid_cmrt") == 1), paged.toArray());
        model.addAttribute("q", q);
        model.addAttribute("mine", mine);
        model.addAttribute("withoutValidCmrt", withoutValidCmrt);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", shown);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("scoped", !scope.everySupplier());
        // Who may work which row from the list: the bar and the checkboxes are only a convenience, the
        // actions check the same rule again (SupplierQueueActions).
        java.util.Optional<SupplierAccess.Scope> work = access.workOf(person);
        boolean mayWork = work.isPresent();
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("workEvery", work.map(SupplierAccess.Scope::everySupplier).orElse(false));
        model.addAttribute("workManagers", work.map(SupplierAccess.Scope::managers).orElse(java.util.Set.of()));
        model.addAttribute("managers", mayWork ? identity.createUserQuery().memberOfGroup(Role.COMMODITY_MANAGER.groupId())
                .orderByUserId().asc().list() : List.of());
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.systemDefault());
        model.addAttribute("earliestDeadline", today.plusDays(1).toString());
        model.addAttribute("latestDeadline", today.plusDays(SupplierQueueActions.MAX_DAYS_AHEAD).toString());
        return "supplier/list";
    }

    @GetMapping("/suppliers/{code}")
    @Transactional(readOnly = true)
    public String page(@PathVariable String code, Authentication person, Model model) {
        SupplierAccess.Scope scope = access.of(person).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Supplier supplier = suppliers.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!scope.covers(supplier)) {
            // Said as 403 for a supplier that exists: the code is no secret, its survey is.
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<SupplierDossier.SurveyFile> files = dossier.of(supplier.getId());
        model.addAttribute("supplier", supplier);
        model.addAttribute("contacts", supplier.getContacts());
        model.addAttribute("current", files.isEmpty() ? null : files.get(0));
        model.addAttribute("earlier", files.size() <= 1 ? List.of() : files.subList(1, files.size()));
        return "supplier/page";
    }

    private static String placeholders(int count) {
        return count == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
