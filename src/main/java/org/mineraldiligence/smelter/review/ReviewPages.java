package org.mineraldiligence.smelter.review;

import java.security.Principal;

import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue: declared smelters waiting for a compliance officer. Process owners may look. */
@Controller
@PreAuthorize("hasAnyRole('compliance-officers','process-owners')")
class ReviewPages {

    private final ReviewQueue queue;

    ReviewPages(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/smelters/review")
    String queue(Model model) {
        model.addAttribute("items", queue.open());
        return "smelter/review";
    }

    @PostMapping("/smelters/review/{rowId}/confirm")
    @PreAuthorize("hasRole('compliance-officers')")
    String confirm(@PathVariable long rowId, @RequestParam String smelterId, Principal officer,
                   RedirectAttributes redirect) {
        try {
            SmelterAssessmentRow row = queue.confirm(rowId, smelterId.strip(), officer.getName());
            redirect.addFlashAttribute("message", "'" + row.getDeclaredName() + "' is now " + row.getSmelterId() + " "
                    + row.getStandardName() + " (risk " + row.getRiskLevel() + "), and an alias of it.");
        } catch (ReviewQueue.ReviewRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/smelters/review";
    }

    @PostMapping("/smelters/review/{rowId}/not-a-smelter")
    @PreAuthorize("hasRole('compliance-officers')")
    String notASmelter(@PathVariable long rowId, Principal officer, RedirectAttributes redirect) {
        try {
            SmelterAssessmentRow row = queue.markNotASmelter(rowId, officer.getName());
            redirect.addFlashAttribute("message", "'" + row.getDeclaredName() + "' is marked not a smelter.");
        } catch (ReviewQueue.ReviewRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/smelters/review";
    }
}
