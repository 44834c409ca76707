package org.mineraldiligence.smelter.list;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mineraldiligence.web.SpreadsheetText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.util.Arrays;
import java.util.List;

import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceListAges;
import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.smelter.SmelterReference;
import org.mineraldiligence.smelter.evidence.EvidenceFlag;
import org.mineraldiligence.smelter.evidence.EvidenceFlags;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Browsing the reference lists: search a list, open a smelter's dated statuses across all lists with its
 * aliases and evidence flags, and pin a cycle to a list. Process owners see it all; only compliance officers
 * change anything.
 */
@Controller
@PreAuthorize("hasAnyRole('compliance-officers','process-owners')")
class SmelterPages {

    private final ReferenceLists lists;
    private final SmelterReference reference;
    private final EvidenceFlags evidence;
    private final CycleListPins cycles;
    private final ReferenceListAges listAges;
    private final SmelterDeclarations declarations;

    SmelterPages(ReferenceLists lists, SmelterReference reference, EvidenceFlags evidence,
                 CycleListPins cycles, ReferenceListAges listAges, SmelterDeclarations declarations) {
        this.listAges = listAges;
        this.declarations = declarations;
        this.lists = lists;
        this.reference = reference;
        this.evidence = evidence;
        this.cycles = cycles;
    }

    @GetMapping("/smelters")
    String browse(@RequestParam(required = false) Long list, SmelterSearch search, Model model) {
        ImportedList shown = (list != null ? lists.find(list) : lists.newest()).orElseThrow(SmelterPages::notFound);
        if (search.status() != null && !search.status().isBlank()
                && Arrays.stream(CanonicalStatus.values()).noneMatch(s -> s.name().equals(search.status()))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status");
        }
        model.addAttribute("lists", lists.all());
        model.addAttribute("shown", shown);
        model.addAttribute("newest", lists.newest().orElse(shown));
        model.addAttribute("search", search);
        model.addAttribute("smelters", search.in(reference.matcher(shown.getId()).reference()));
        model.addAttribute("flagged", evidence.flaggedSmelterIds());
        model.addAttribute("metals", shown.isEmrt() ? ExtendedMineral.values() : Metal.values());
        // an EMRT look-up is no list a cycle's CMRTs are assessed against
        model.addAttribute("pinnable", lists.all().stream().filter(l -> !l.isEmrt()).toList());
        model.addAttribute("statuses", CanonicalStatus.values());
        List<CycleListPins.Pin> all = cycles.all();
        model.addAttribute("cycles", all);
        // the newest list is what unpinned cycles use: date it against the newest cycle's reporting year
        ImportedList newest = lists.newest().orElse(shown);
        model.addAttribute("listAge", listAges.of(reference.matcher(newest.getId()).reference(),
                all.isEmpty() ? null : all.get(0).reportingYear()));
        return "smelter/list";
    }

    @GetMapping("/smelters/{smelterId}")
    String smelter(@PathVariable String smelterId, Model model) {
        String cid = SmelterIds.normalise(smelterId).orElseThrow(SmelterPages::notFound);
        List<ListedSmelter> history = lists.history(cid);
        if (history.isEmpty()) {
            throw notFound();
        }
        List<EvidenceFlag> flags = evidence.all(cid);
        model.addAttribute("cid", cid);
        model.addAttribute("latest", history.get(0));
        model.addAttribute("history", history);
        model.addAttribute("flags", flags);
        model.addAttribute("flaggedNow", flags.stream().anyMatch(EvidenceFlag::isActive));
        model.addAttribute("declarations", declarations.of(cid));
        return "smelter/detail";
    }

    /** The suppliers that declared the smelter, for outreach: every cell a spreadsheet could run is neutralised. */
    @GetMapping(value = "/smelters/{smelterId}/declared-by.csv", produces = "text/csv")
    ResponseEntity<byte[]> declaredByCsv(@PathVariable String smelterId) throws IOException {
        String cid = SmelterIds.normalise(smelterId).orElseThrow(SmelterPages::notFound);
        if (lists.history(cid).isEmpty()) {
            throw notFound();
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build())) {
            csv.printRecord("smelter id", "reporting year", "cycle open", "supplier code", "supplier name",
                    "declaration scope", "declared as", "risk", "CMRT received", "in the supplier's latest CMRT",
                    "commodity manager", "contact name", "contact e-mail");
            for (SmelterDeclarations.Declaration d : declarations.of(cid)) {
                csv.printRecord(cid, d.reportingYear(), d.cycleOpen() ? "yes" : "no", text(d.supplierCode()),
                        text(d.supplierName()), text(d.declarationScope()), text(d.declaredName()),
                        text(d.riskLevel()), d.receivedAt(), d.inLatestCmrt() ? "yes" : "no",
                        text(d.commodityManager()), text(d.contactName()), text(d.contactEmail()));
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + cid + "-declared-by.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetText.neutralise(value);
    }

    /** Pins a cycle to a list, or (no list) lets it follow the newest list. */
    @PostMapping("/smelters/lists/pin")
    @PreAuthorize("hasRole('compliance-officers')")
    String pin(@RequestParam long cycle, @RequestParam(required = false) Long list, RedirectAttributes redirect) {
        try {
            lists.pin(cycle, list);
            redirect.addFlashAttribute("message", list == null
                    ? "The cycle now follows the newest list." : "The cycle is pinned to the list.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "No such cycle or list.");
        }
        return "redirect:/smelters";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
