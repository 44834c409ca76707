package org.mineraldiligence.grievance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.web.FileNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Grievances as compliance officers work them: the report, the conversation, notes and evidence. */
@Controller
@PreAuthorize("hasRole('compliance-officers')")
class GrievancePages {

    static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    private final GrievanceRepository grievances;
    private final GrievanceEntryRepository entries;
    private final GrievanceAttachmentRepository attachments;
    private final Grievances service;
    private final AuditTrail audit;

    GrievancePages(GrievanceRepository grievances, GrievanceEntryRepository entries,
                   GrievanceAttachmentRepository attachments, Grievances service, AuditTrail audit) {
        this.grievances = grievances;
        this.entries = entries;
        this.attachments = attachments;
        this.service = service;
        this.audit = audit;
    }

    @GetMapping("/grievances")
    String list(Model model) {
        model.addAttribute("grievances", grievances.findAllByOrderByIdDesc());
        return "grievance/list";
    }

    @GetMapping("/grievances/{id}")
    String detail(@PathVariable long id, Model model) {
        Grievance grievance = find(id);
        model.addAttribute("grievance", grievance);
        model.addAttribute("conversation", entries.findByGrievanceIdOrderByCreatedAtAscIdAsc(id));
        model.addAttribute("attachments", attachments.findByGrievanceIdOrderByIdAsc(id));
        model.addAttribute("history", audit.historyOf(Grievances.AUDIT_SUBJECT, id));
        return "grievance/detail";
    }

    @PostMapping("/grievances/{id}/notes")
    String addNote(@PathVariable long id, @RequestParam(required = false) String text, Principal user,
                   RedirectAttributes redirect) {
        Grievance grievance = find(id);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > GrievanceReport.MAX_DESCRIPTION) {
            redirect.addFlashAttribute("noteProblem", "A note needs between 1 and "
                    + GrievanceReport.MAX_DESCRIPTION + " characters.");
            redirect.addFlashAttribute("noteDraft", note);
        } else {
            service.addNote(grievance, user.getName(), note);
        }
        return "redirect:/grievances/" + id;
    }

    @PostMapping("/grievances/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  Principal user, RedirectAttributes redirect) throws IOException {
        Grievance grievance = find(id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadProblem", "The file was empty or no file was chosen.");
        } else if (file.getSize() > MAX_ATTACHMENT_BYTES) {
            redirect.addFlashAttribute("uploadProblem", "The file is larger than 10 MB; compress it or split it.");
        } else {
            service.attach(grievance, fileNameOf(file), file.getContentType(), file.getBytes(), user.getName());
        }
        return "redirect:/grievances/" + id;
    }

    /** Always a download, never shown inline: an uploaded HTML file must not run in our pages' origin. */
    @GetMapping("/grievances/{id}/attachments/{attachmentId}")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        GrievanceAttachment attachment = attachments.findByIdAndGrievanceId(attachmentId, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(attachment.getContent());
    }

    private Grievance find(long id) {
        return grievances.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String fileNameOf(MultipartFile file) {
        return FileNames.clean(file.getOriginalFilename(), "attachment");
    }
}
