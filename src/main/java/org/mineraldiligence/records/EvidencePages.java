package org.mineraldiligence.records;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
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

/**
 * Evidence packages for auditors. Each package is written completely to a temporary file before the first
 * byte is sent: a part that cannot be written becomes an error status with a message (and a log line naming
 * the survey and the cause), never a 200 with a truncated zip.
 */
@Controller
@PreAuthorize("hasAnyRole('compliance-officers','process-owners')")
class EvidencePages {

    private static final Logger log = LoggerFactory.getLogger(EvidencePages.class);

    /** Writes a whole package into the stream it is given. */
    private interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private final EvidencePackage evidence;

    EvidencePages(EvidencePackage evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/cycles/{cycleId}/evidence.zip")
    ResponseEntity<?> cycle(@PathVariable long cycleId, Principal user) throws IOException {
        if (!evidence.cycleExists(cycleId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return zip("evidence-cycle-" + cycleId + ".zip", "reporting cycle " + cycleId,
                out -> evidence.writeCycle(cycleId, user.getName(), out));
    }

    @GetMapping("/surveys/{surveyId}/evidence.zip")
    ResponseEntity<?> survey(@PathVariable long surveyId, Principal user) throws IOException {
        if (!evidence.surveyExists(surveyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return zip("evidence-survey-" + surveyId + ".zip", "supplier survey " + surveyId,
                out -> evidence.writeSurvey(surveyId, user.getName(), out));
    }

    private static ResponseEntity<?> zip(String fileName, String what, Contents contents) throws IOException {
        Path file = Files.createTempFile("evidence-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                contents.writeTo(out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            log.error("Evidence package for {} could not be written: {}", what, e.getMessage(), e);
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_PLAIN)
                    .body("The evidence package for " + what + " could not be written completely, so none was sent. "
                            + "The application log names the survey and the cause (" + e.getClass().getSimpleName()
                            + ").\n");
        }
        // The file goes away when the response has been copied from it.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(new InputStreamResource(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE)));
    }
}
