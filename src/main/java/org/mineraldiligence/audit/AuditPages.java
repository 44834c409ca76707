package org.mineraldiligence.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for compliance officers: the latest entries, or one record's whole story. */
@Controller
@PreAuthorize("hasRole('compliance-officers')")
class AuditPages {

    static final int PAGE_SIZE = 100;

    private final AuditEntryRepository entries;

    AuditPages(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        boolean byType = subjectType != null && !subjectType.isBlank();
        boolean byRecord = byType && subjectId != null && !subjectId.isBlank();
        model.addAttribute("entries", byRecord
                ? entries.findBySubjectTypeAndSubjectIdOrderByRecordedAtAscIdAsc(subjectType.strip(), subjectId.strip())
                : byType ? entries.findBySubjectTypeOrderByRecordedAtDescIdDesc(subjectType.strip(), request)
                : entries.findAllByOrderByRecordedAtDescIdDesc(request));
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("page", request.getPageNumber());
        model.addAttribute("paged", !byRecord);
        return "audit/list";
    }
}
