package org.mineraldiligence.supplier;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.mineraldiligence.supplier.importer.ImportPreview;
import org.mineraldiligence.supplier.importer.ImportReport;
import org.mineraldiligence.supplier.importer.Staging;
import org.mineraldiligence.supplier.importer.SupplierImport;
import org.mineraldiligence.web.FileNames;
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
 * Supplier master data: process owners import and edit it, compliance officers read it. The list and the
 * supplier page for everyone who works the suppliers are the escalation package's SupplierDeskPages.
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','compliance-officers')")
class SupplierPages {

    private final SupplierRepository suppliers;
    private final SupplierImport supplierImport;
    private final IdentityService identityService;

    SupplierPages(SupplierRepository suppliers, SupplierImport supplierImport, IdentityService identityService) {
        this.suppliers = suppliers;
        this.supplierImport = supplierImport;
        this.identityService = identityService;
    }

    @GetMapping("/suppliers/{id}/master-data")
    @Transactional(readOnly = true)
    public String detail(@PathVariable long id, Model model) {
        Supplier supplier = load(id);
        model.addAttribute("supplier", supplier);
        model.addAttribute("form", SupplierEdit.of(supplier));
        model.addAttribute("problems", List.of());
        return "supplier/detail";
    }

    @PostMapping("/suppliers/{id}/master-data")
    @PreAuthorize("hasRole('process-owners')")
    @Transactional
    public String save(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String country,
                       @RequestParam(required = false) String commodity,
                       @RequestParam(required = false) String commodityManager,
                       @RequestParam(required = false) String annualSpend,
                       @RequestParam(required = false) String currency,
                       @RequestParam(defaultValue = "false") boolean direct,
                       @RequestParam(name = "contactName", required = false) List<String> contactNames,
                       @RequestParam(name = "contactEmail", required = false) List<String> contactEmails,
                       @RequestParam(name = "contactPhone", required = false) List<String> contactPhones,
                       @RequestParam(defaultValue = "0") int primaryContact, Model model) {
        Supplier supplier = load(id);
        SupplierEdit form = new SupplierEdit(name, country, commodity, commodityManager, annualSpend, currency,
                direct, orEmpty(contactNames), orEmpty(contactEmails), orEmpty(contactPhones), primaryContact);
        SupplierEdit.Result result = form.check(user -> identityService.createUserQuery().userId(user).count() > 0);
        if (!result.problems().isEmpty()) {
            model.addAttribute("supplier", supplier);
            model.addAttribute("form", form);
            model.addAttribute("problems", result.problems());
            return "supplier/detail";
        }
        supplier.update(result.details());
        supplier.moveTo(result.details().country());
        supplier.replaceContacts(result.contacts());
        return "redirect:/suppliers/" + id + "/master-data?saved";
    }

    /** The names this supplier's CMRTs may carry besides its own (Declaration D8), one a line. */
    @PostMapping("/suppliers/{id}/other-names")
    @PreAuthorize("hasRole('process-owners')")
    @Transactional
    public String saveOtherNames(@PathVariable long id, @RequestParam(defaultValue = "") String otherNames, Model model) {
        Supplier supplier = load(id);
        try {
            supplier.setOtherNames(otherNames.lines().toList());
        } catch (IllegalArgumentException tooLong) {
            model.addAttribute("supplier", supplier);
            model.addAttribute("form", SupplierEdit.of(supplier));
            model.addAttribute("problems", List.of(tooLong.getMessage()));
            return "supplier/detail";
        }
        return "redirect:/suppliers/" + id + "/master-data?saved";
    }

    @GetMapping("/suppliers/import")
    @PreAuthorize("hasRole('process-owners')")
    String importForm(Model model) {
        model.addAttribute("fields", ImportPreview.fields());
        return "supplier/import";
    }

    /** Step 1: the upload is kept and shown with the columns we recognised, for the mapping. */
    @PostMapping("/suppliers/import")
    @PreAuthorize("hasRole('process-owners')")
    String importFile(@RequestParam("file") MultipartFile file, Principal user, Model model) throws IOException {
        Staging staged = supplierImport.stage(file.getBytes(), FileNames.clean(file.getOriginalFilename(), "the file"), user.getName());
        model.addAttribute("fields", ImportPreview.fields());
        model.addAttribute("fileName", FileNames.clean(file.getOriginalFilename(), "the file"));
        if (staged instanceof ImportPreview preview) {
            model.addAttribute("preview", preview);
        } else {
            model.addAttribute("report", staged);
        }
        return "supplier/import";
    }

    /** Step 2: the confirmed mapping; the file is imported completely or not at all. */
    @PostMapping("/suppliers/import/confirm")
    @PreAuthorize("hasRole('process-owners')")
    String confirmImport(@RequestParam String token, @RequestParam(name = "column", required = false) List<String> columns,
                         Principal user, Model model) {
        ImportReport report = supplierImport.confirm(token, orEmpty(columns), user.getName());
        model.addAttribute("fields", ImportPreview.fields());
        model.addAttribute("report", report);
        if (!report.stored()) {
            supplierImport.preview(token, user.getName()).ifPresent(preview -> {
                model.addAttribute("preview", preview);
                model.addAttribute("fileName", preview.fileName());
            });
        }
        return "supplier/import";
    }

    private Supplier load(long id) {
        return suppliers.findWithContactsById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
