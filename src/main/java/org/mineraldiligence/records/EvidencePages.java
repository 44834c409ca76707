package org.mineraldiligence.records;

import java.security.Principal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Evidence packages for auditors, streamed as they are written. */
@Controller
@PreAuthorize("hasAnyRole('compliance-officers','process-owners')")
class EvidencePages {

    private final EvidencePackage evidence;

    EvidencePages(EvidencePackage evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/cycles/{cycleId}/evidence.zip")
    ResponseEntity<StreamingResponseBody> cycle(@PathVariable long cycleId, Principal user) {
        if (!evidence.cycleExists(cycleId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return zip("evidence-cycle-" + cycleId + ".zip", out -> evidence.writeCycle(cycleId, user.getName(), out));
    }

    @GetMapping("/surveys/{surveyId}/evidence.zip")
    ResponseEntity<StreamingResponseBody> survey(@PathVariable long surveyId, Principal user) {
        if (!evidence.surveyExists(surveyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return zip("evidence-survey-" + surveyId + ".zip", out -> evidence.writeSurvey(surveyId, user.getName(), out));
    }

    private static ResponseEntity<StreamingResponseBody> zip(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
