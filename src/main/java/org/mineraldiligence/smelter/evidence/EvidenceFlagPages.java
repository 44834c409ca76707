package org.mineraldiligence.smelter.evidence;

import java.security.Principal;

import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flagging a smelter with evidence, and withdrawing a flag, from the smelter's page. */
@Controller
@PreAuthorize("hasRole('compliance-officers')")
class EvidenceFlagPages {

    private final EvidenceFlags evidence;
    private final ReferenceLists lists;

    EvidenceFlagPages(EvidenceFlags evidence, ReferenceLists lists) {
        this.evidence = evidence;
        this.lists = lists;
    }

    @PostMapping("/smelters/{smelterId}/flags")
    String flag(@PathVariable String smelterId, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String sourceLink, Principal officer, RedirectAttributes redirect) {
        String cid = SmelterIds.normalise(smelterId).filter(id -> !lists.history(id).isEmpty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            evidence.flag(cid, reason, sourceLink, officer.getName());
            redirect.addFlashAttribute("message", "Flagged: " + cid
                    + " is HIGH risk; the open surveys that declared it were assessed again and their commodity"
                    + " managers told.");
        } catch (EvidenceFlags.InvalidEvidence e) {
            // Back to the form with what was typed, so nothing is lost.
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("reason", reason);
            redirect.addFlashAttribute("sourceLink", sourceLink);
        }
        return "redirect:/smelters/" + cid;
    }

    @PostMapping("/smelters/flags/{flagId}/withdraw")
    String withdraw(@PathVariable long flagId, @RequestParam(required = false) String reason,
                    @RequestParam String smelterId, Principal officer, RedirectAttributes redirect) {
        String cid = SmelterIds.normalise(smelterId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            evidence.withdraw(flagId, reason, officer.getName());
            redirect.addFlashAttribute("message", "The flag is withdrawn (it stays on record); the open"
                    + " surveys that declared the smelter were assessed again.");
        } catch (EvidenceFlags.InvalidEvidence e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/smelters/" + cid;
    }
}
