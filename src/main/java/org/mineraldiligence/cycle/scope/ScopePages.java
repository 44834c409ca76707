package org.mineraldiligence.cycle.scope;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.CommodityMapping;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.TemplateChoice;
import org.mineraldiligence.cycle.TemplatesAsked;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A cycle's scope: coverage, the suppliers in and left out with their reasons, the exchange rates, and what
 * changed since the previous cycle; process owners change it.
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','compliance-officers')")
class ScopePages {

    static final int PAGE_SIZE = 100;
    static final int CHANGES_SHOWN = 200;

    private final ReportingCycleRepository cycles;
    private final ScopeEntryRepository entries;
    private final CycleScope scope;
    private final ExchangeRates exchangeRates;
    private final ScopeLists lists;
    private final CommodityMapping mapping;

    ScopePages(ReportingCycleRepository cycles, ScopeEntryRepository entries, CycleScope scope,
               ExchangeRates exchangeRates, ScopeLists lists, CommodityMapping mapping) {
        this.mapping = mapping;
        this.cycles = cycles;
        this.entries = entries;
        this.scope = scope;
        this.exchangeRates = exchangeRates;
        this.lists = lists;
    }

    /** One year-over-year change: the supplier's entry in the cycle that has it, and this cycle's reason. */
    record Change(ScopeEntry entry, String why) {
    }

    @GetMapping("/cycles/{cycleId}/scope")
    @Transactional(readOnly = true)
    public String show(@PathVariable long cycleId, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int outPage,
                       Model model) {
        ReportingCycle cycle = cycles.findById(cycleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String search = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("cycle", cycle);
        model.addAttribute("coverage", scope.coverage(cycle));
        model.addAttribute("refusal", cycle.isScoped() ? null : scope.refusal(cycle).orElse(null));
        model.addAttribute("reportingCurrency", scope.reportingCurrency(cycle));
        model.addAttribute("rates", exchangeRates.of(cycleId));
        String text = search.strip().toLowerCase(Locale.ROOT);
        model.addAttribute("q", search);
        var included = entries.search(cycleId, true, text,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("spend"), Sort.Order.asc("id"))));
        model.addAttribute("included", included);
        TemplatesAsked rule = mapping.forCycle(cycle);
        model.addAttribute("asked", included.getContent().stream().collect(Collectors.toMap(ScopeEntry::getId,
                entry -> rule.of(entry.getSupplier().getCommodity(), entry.chosenTemplates()))));
        model.addAttribute("collects", cycle.collects());
        model.addAttribute("minerals", cycle.collects().emrtMineralsInOrder());
        model.addAttribute("leftOut", entries.search(cycleId, false, text, PageRequest.of(Math.max(outPage, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("spend").nullsLast(), Sort.Order.asc("id")))));
        model.addAttribute("unfreeCount", lists.unfree().countries().size());
        model.addAttribute("coveredCount", lists.covered().countries().size());
        previousCycle(cycle, model);
        model.addAttribute("changeable", cycle.isOpen() && !cycle.isScopeConfirmed());
        model.addAttribute("values", new ChangeForm("", "", null));
        return "cycle/scope";
    }

    /** "We surveyed 16 additional suppliers compared to the 2015 reporting period": added and removed, and why. */
    private void previousCycle(ReportingCycle cycle, Model model) {
        var previous = cycles.findFirstByReportingYearLessThanOrderByReportingYearDesc(cycle.getReportingYear());
        model.addAttribute("previous", previous.orElse(null));
        if (previous.isEmpty()) {
            return;
        }
        long before = previous.get().getId();
        PageRequest shown = PageRequest.of(0, CHANGES_SHOWN);
        List<ScopeEntry> added = entries.inScopeOnlyOf(cycle.getId(), before, shown);
        List<ScopeEntry> removed = entries.inScopeOnlyOf(before, cycle.getId(), shown);
        Map<Long, ScopeEntry> nowOut = entries.findByCycleIdAndSupplierIdIn(cycle.getId(),
                removed.stream().map(entry -> entry.getSupplier().getId()).toList()).stream()
                .collect(Collectors.toMap(entry -> entry.getSupplier().getId(), Function.identity()));
        model.addAttribute("added", added.stream().map(entry -> new Change(entry, entry.getReason())).toList());
        model.addAttribute("removed", removed.stream().map(entry -> new Change(entry,
                nowOut.containsKey(entry.getSupplier().getId()) ? nowOut.get(entry.getSupplier().getId()).getReason()
                        : "Not in this cycle's master data any more")).toList());
    }

    @PostMapping("/cycles/{cycleId}/scope/add")
    @PreAuthorize("hasRole('process-owners')")
    public String add(@PathVariable long cycleId, @RequestParam(defaultValue = "") String supplier,
                      @RequestParam(required = false) Long supplierId,
                      @RequestParam(defaultValue = "") String reason, Principal user, Model model) {
        try {
            if (supplierId != null) {
                scope.add(cycleId, supplierId, reason, user.getName());
            } else {
                scope.add(cycleId, supplier, reason, user.getName());
            }
            return "redirect:/cycles/" + cycleId + "/scope?added";
        } catch (ScopeChangeRefused refused) {
            return refusedPage(cycleId, new ChangeForm(supplier, reason, supplierId), refused, model);
        }
    }

    @PostMapping("/cycles/{cycleId}/scope/remove")
    @PreAuthorize("hasRole('process-owners')")
    public String remove(@PathVariable long cycleId, @RequestParam long supplierId,
                         @RequestParam(defaultValue = "") String reason, Principal user, Model model) {
        try {
            scope.remove(cycleId, supplierId, reason, user.getName());
            return "redirect:/cycles/" + cycleId + "/scope?removed";
        } catch (ScopeChangeRefused refused) {
            return refusedPage(cycleId, new ChangeForm("", reason, supplierId), refused, model);
        }
    }

    @PostMapping("/cycles/{cycleId}/scope/rates")
    @PreAuthorize("hasRole('process-owners')")
    public String setRate(@PathVariable long cycleId, @RequestParam(defaultValue = "") String currency,
                          @RequestParam(defaultValue = "") String rate, @RequestParam(defaultValue = "") String date,
                          @RequestParam(defaultValue = "") String source, Principal user, Model model) {
        try {
            exchangeRates.set(cycleId, currency, rate, date, source, user.getName());
            return "redirect:/cycles/" + cycleId + "/scope?rates";
        } catch (ScopeChangeRefused refused) {
            return refusedPage(cycleId, new ChangeForm("", "", null), refused, model);
        }
    }

    @PostMapping("/cycles/{cycleId}/scope/rates/import")
    @PreAuthorize("hasRole('process-owners')")
    public String importRates(@PathVariable long cycleId, @RequestParam("file") MultipartFile file, Principal user,
                              Model model) throws IOException {
        try {
            exchangeRates.importCsv(cycleId, file.getBytes(), user.getName());
            return "redirect:/cycles/" + cycleId + "/scope?rates";
        } catch (ScopeChangeRefused refused) {
            return refusedPage(cycleId, new ChangeForm("", "", null), refused, model);
        }
    }

    @PostMapping("/cycles/{cycleId}/scope/currency")
    @PreAuthorize("hasRole('process-owners')")
    public String changeCurrency(@PathVariable long cycleId, @RequestParam(defaultValue = "") String currency,
                                 Principal user, Model model) {
        try {
            exchangeRates.changeReportingCurrency(cycleId, currency, user.getName());
            return "redirect:/cycles/" + cycleId + "/scope?rates";
        } catch (ScopeChangeRefused refused) {
            return refusedPage(cycleId, new ChangeForm("", "", null), refused, model);
        }
    }

    /**
     * The templates one supplier in scope is asked for, chosen by hand ({@code template}: CMRT and mineral
     * names), or back to its commodity's mapping ({@code use=mapping}).
     */
    @PostMapping("/cycles/{cycleId}/scope/templates")
    @PreAuthorize("hasRole('process-owners')")
    public String chooseTemplates(@PathVariable long cycleId, @RequestParam long supplierId,
                                  @RequestParam(name = "template", required = false) List<String> templates,
                                  @RequestParam(defaultValue = "") String use, Principal user, Model model) {
        try {
            scope.chooseTemplates(cycleId, supplierId, use.equals("mapping") ? null : choice(templates), user.getName());
            return "redirect:/cycles/" + cycleId + "/scope?templates";
        } catch (ScopeChangeRefused refused) {
            return refusedPage(cycleId, new ChangeForm("", "", null), refused, model);
        }
    }

    private static org.mineraldiligence.cycle.RequestedTemplates choice(List<String> templates) {
        try {
            return TemplateChoice.parse(templates);
        } catch (IllegalArgumentException refused) {
            throw new ScopeChangeRefused(refused.getMessage());
        }
    }

    /** The page again with the refusal and what was typed, so nothing is lost. */
    private String refusedPage(long cycleId, ChangeForm values, ScopeChangeRefused refused, Model model) {
        show(cycleId, 0, "", 0, model);
        model.addAttribute("values", values);
        model.addAttribute("problem", refused.getMessage());
        return "cycle/scope";
    }

    /** What the process owner typed into a change form. */
    record ChangeForm(String supplier, String reason, Long supplierId) {
    }
}
