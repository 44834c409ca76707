package org.mineraldiligence.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every message we sent or meant to send: process owners search, read and resend; compliance officers read. */
@Controller
@RequestMapping("/outbox")
@PreAuthorize("hasAnyRole('process-owners','compliance-officers')")
class OutboxController {

    private static final int PAGE_SIZE = 50;
    /**
     * The stored HTML is served as its own sandboxed document: no scripts, no plug-ins, no requests out,
     * whatever it contains. Inline styles are what mail clients render too.
     */
    private static final String MESSAGE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final OutboundMessageRepository messages;
    private final MailOutbox outbox;

    OutboxController(OutboundMessageRepository messages, MailOutbox outbox) {
        this.messages = messages;
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(required = false) String supplier, @RequestParam(required = false) Long cycleId,
                @RequestParam(required = false) MessageStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        OutboxSearch search = new OutboxSearch(supplier, cycleId, status);
        Page<OutboundMessage> found = messages.findAll(search.toSpecification(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        model.addAttribute("search", search);
        model.addAttribute("statuses", MessageStatus.values());
        model.addAttribute("messages", found);
        return "outbox/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        OutboundMessage message = find(id);
        model.addAttribute("message", message);
        return "outbox/message";
    }

    /** The HTML body exactly as stored, for the iframe on the message page. */
    @GetMapping(value = "/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Security-Policy", MESSAGE_CSP)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(find(id).getHtmlBody());
    }

    @PostMapping("/{id}/resend")
    @PreAuthorize("hasRole('process-owners')")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        OutboundMessage message = find(id);
        if (message.getStatus() == MessageStatus.FAILED) {
            outbox.resend(id);
            redirect.addFlashAttribute("notice", "Message queued again; it goes out with the next delivery run.");
        } else {
            redirect.addFlashAttribute("problem", "Only a failed message can be resent; this one is " + message.getStatus() + ".");
        }
        return "redirect:/outbox/" + id;
    }

    /** Kills the supplier's links to this survey and sends the message again with a new one. */
    @PostMapping("/{id}/new-link")
    @PreAuthorize("hasRole('process-owners')")
    String resendWithNewLink(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        if (find(id).getPortalSurveyId() == null) {
            redirect.addFlashAttribute("problem", "This message carries no supplier portal link.");
            return "redirect:/outbox/" + id;
        }
        OutboundMessage copy = outbox.resendWithNewLink(id, user.getName());
        redirect.addFlashAttribute("notice", "Every earlier portal link of this supplier's survey stopped working; "
                + "this copy goes out with a new one.");
        return "redirect:/outbox/" + copy.getId();
    }

    /** Outbox-only mode: the stored message's masked link cannot be followed, so this opens the portal. */
    @PostMapping("/{id}/open-portal")
    @PreAuthorize("hasRole('process-owners')")
    String openPortal(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        OutboundMessage message = find(id);
        if (message.getPortalSurveyId() == null || message.getStatus() != MessageStatus.NOT_DELIVERED_NO_SMTP) {
            redirect.addFlashAttribute("problem", "Only a message kept in outbox-only mode opens the portal from here.");
            return "redirect:/outbox/" + id;
        }
        return "redirect:" + URI.create(outbox.openPortalWithoutSmtp(id, user.getName())).getPath();
    }

    private OutboundMessage find(long id) {
        return messages.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
