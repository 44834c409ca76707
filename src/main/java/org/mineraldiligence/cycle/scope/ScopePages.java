package org.mineraldiligence.cycle.scope;

import java.security.Principal;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
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
import org.springframework.web.server.ResponseStatusException;

/** A cycle's scope: coverage, the suppliers in and out with their reasons; process owners change it. */
@Controller
@PreAuthorize("hasAnyRole('process-owners','compliance-officers')")
class ScopePages {

    static final int PAGE_SIZE = 100;

    private final ReportingCycleRepository cycles;
    private final ScopeEntryRepository entries;
    private final CycleScope scope;

    ScopePages(ReportingCycleRepository cycles, ScopeEntryRepository entries, CycleScope scope) {
        this.cycles = cycles;
        this.entries = entries;
        this.scope = scope;
    }

    @GetMapping("/cycles/{cycleId}/scope")
    @Transactional(readOnly = true)
    public String show(@PathVariable long cycleId, @RequestParam(defaultValue = "0") int page, Model model) {
        ReportingCycle cycle = cycles.findById(cycleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("cycle", cycle);
        model.addAttribute("coverage", scope.coverage(cycle));
        model.addAttribute("included", entries.findByCycleIdAndIncluded(cycleId, true,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("spend"), Sort.Order.asc("id")))));
        model.addAttribute("excluded", entries.findByCycleIdAndIncluded(cycleId, false,
                PageRequest.of(0, 1000, Sort.by(Sort.Order.desc("decidedAt")))));
        model.addAttribute("changeable", cycle.isOpen() && !cycle.isScopeConfirmed());
        model.addAttribute("values", new ChangeForm("", "", null));
        return "cycle/scope";
    }

    @PostMapping("/cycles/{cycleId}/scope/add")
    @PreAuthorize("hasRole('process-owners')")
    public String add(@PathVariable long cycleId, @RequestParam(defaultValue = "") String supplierCode,
                      @RequestParam(defaultValue = "") String reason, Principal user, Model model) {
        try {
            scope.add(cycleId, supplierCode, reason, user.getName());
            return "redirect:/cycles/" + cycleId + "/scope?added";
        } catch (ScopeChangeRefused refused) {
            return refusedPage(cycleId, new ChangeForm(supplierCode, reason, null), refused, model);
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

    /** The page again with the refusal and what was typed, so nothing is lost. */
    private String refusedPage(long cycleId, ChangeForm values, ScopeChangeRefused refused, Model model) {
        show(cycleId, 0, model);
        model.addAttribute("values", values);
        model.addAttribute("problem", refused.getMessage());
        return "cycle/scope";
    }

    /** What the process owner typed into a change form. */
    record ChangeForm(String supplierCode, String reason, Long supplierId) {
    }
}
