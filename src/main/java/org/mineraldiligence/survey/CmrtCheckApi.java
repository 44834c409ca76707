package org.mineraldiligence.survey;

import java.io.IOException;
import java.io.InputStream;

import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.web.FileNames;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a workbook without storing it, for colleagues and scripts: the same JSON as `check-cmrt --json`, for a
 * CMRT or an EMRT ({@code templateType} says which). Surveys still collect CMRTs only.
 */
@RestController
class CmrtCheckApi {

    private final CmrtChecker checker = CmrtChecker.withDefaults().alsoEmrt();

    @PostMapping(path = "/api/cmrt/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> check(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return ResponseEntity.ok(CmrtJson.toJson(checker.check(FileNames.clean(file.getOriginalFilename(), "workbook.xlsx"), content)));
        }
    }
}
