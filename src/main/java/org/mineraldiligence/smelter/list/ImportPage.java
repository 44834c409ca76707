package org.mineraldiligence.smelter.list;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.importer.ImportProblem;
import org.mineraldiligence.smelter.importer.ImportResult;
import org.mineraldiligence.smelter.importer.ReferenceFiles;
import org.mineraldiligence.web.FileNames;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A compliance officer imports a reference list: an RMI-style facility list (.csv, .tsv, .xlsx) or an official
 * CMRT or EMRT workbook, whose Smelter Look-up is read (an EMRT's as a list of extended-mineral refiners). The file is stored whole or not at all; every bad row is shown
 * with its line so the officer can fix the file and upload it again.
 */
@Controller
@PreAuthorize("hasRole('compliance-officers')")
class ImportPage {

    private static final List<String> ACCEPTED = List.of(".csv", ".tsv", ".txt", ".xlsx");

    private final ReferenceLists lists;
    private final ReferenceFiles files = new ReferenceFiles();

    ImportPage(ReferenceLists lists) {
        this.lists = lists;
    }

    @GetMapping("/smelters/import")
    String form(Model model) {
        model.addAttribute("lists", lists.all());
        return "smelter/import";
    }

    @PostMapping("/smelters/import")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String asOf,
                  Principal officer, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("asOf", asOf);
        // A refused file answers 422 with the problems; the page is the same form, ready for the fixed file.
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        String name = file == null ? "" : FileNames.clean(file.getOriginalFilename(), "");
        LocalDate date = parse(asOf);
        if (date == null) {
            return refused(model, ImportProblem.ofFile("Give the date the list's statuses are valid (as of)."));
        }
        if (file == null || file.isEmpty()) {
            return refused(model, ImportProblem.ofFile("Choose a file to import."));
        }
        if (ACCEPTED.stream().noneMatch(name.toLowerCase(Locale.ROOT)::endsWith)) {
            return refused(model, ImportProblem.ofFile("'" + name + "' is neither a .csv/.tsv list nor an .xlsx "
                    + "workbook; save an .xls file as .xlsx first."));
        }
        ImportResult result = files.importContent(name, file.getBytes(), date);
        if (!result.isSuccess()) {
            return refused(model, result.problems());
        }
        ReferenceList list = result.list().orElseThrow();
        List<ImportProblem> unstorable = lists.problemsStoring(list);
        if (!unstorable.isEmpty()) {
            return refused(model, unstorable);
        }
        ImportedList stored = lists.store(list, officer.getName());
        redirect.addFlashAttribute("message", stored.isEmrt()
                ? "Imported " + stored.getSmelterCount() + " refiners of the extended minerals from "
                        + stored.getSource() + " as of " + stored.getAsOf()
                        + "; the EMRT look-up states no RMI status, so none is assumed."
                : "Imported " + stored.getSmelterCount() + " smelters from "
                        + stored.getSource() + ", statuses as of " + stored.getAsOf() + ".");
        return "redirect:/smelters?list=" + stored.getId();
    }

    private String refused(Model model, ImportProblem problem) {
        return refused(model, List.of(problem));
    }

    private String refused(Model model, List<ImportProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("lists", lists.all());
        return "smelter/import";
    }

    private static LocalDate parse(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
