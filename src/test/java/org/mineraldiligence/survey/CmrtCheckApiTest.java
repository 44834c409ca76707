package org.mineraldiligence.survey;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.EmrtFixture;
import org.mineraldiligence.cmrt.HostileXls;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A web slice: the check endpoint needs no engine and no database, so only the web layer starts (about a
 * second instead of the whole application). Who may call it is the security tests' business
 * (EngineRestSecurityTest and the role table), so the filters are left out here.
 */
@WebMvcTest(controllers = CmrtCheckApi.class)
@AutoConfigureMockMvc(addFilters = false)
class CmrtCheckApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSupplierWorkbookComesBackAsTheCheckersJson() throws Exception {
        mvc.perform(multipart("/api/cmrt/check").file(workbook("cmrt.xlsx", TestWorkbooks.validLowRisk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").value("cmrt.xlsx"))
                .andExpect(jsonPath("$.templateType").value("CMRT"))
                .andExpect(jsonPath("$.templateVersion").value("6.5"))
                .andExpect(jsonPath("$.verdict").value(org.hamcrest.Matchers.startsWith("VALID")))
                .andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')]").isEmpty())
                .andExpect(jsonPath("$.smelters.length()").value(4));
    }

    @Test
    void theEmptyTemplateIsInvalidWithOneFindingThatSaysSo() throws Exception {
        byte[] blank = Files.readAllBytes(Path.of("src/test/resources/cmrt/templates/RMI_CMRT_6.5.xlsx"));
        mvc.perform(multipart("/api/cmrt/check").file(workbook("RMI_CMRT_6.5.xlsx", blank)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("INVALID"))
                .andExpect(jsonPath("$.findings.length()").value(1));
    }

    @Test
    void anEmrtIsCheckedInTheSameContract() throws Exception {
        mvc.perform(multipart("/api/cmrt/check").file(workbook("emrt.xlsx", EmrtFixture.validEmrt("2.1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.templateType").value("EMRT"))
                .andExpect(jsonPath("$.templateVersion").value("2.1"))
                .andExpect(jsonPath("$.verdict").value(org.hamcrest.Matchers.startsWith("VALID")))
                .andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')]").isEmpty())
                .andExpect(jsonPath("$.metals.Cobalt.inScope").value(true))
                .andExpect(jsonPath("$.smelters.length()").value(6))
                .andExpect(jsonPath("$.mines[0].name").value("Kamoto Mine"));
    }

    @Test
    void aBlankEmrtGetsItsCheckersSixtyEightErrors() throws Exception {
        byte[] blank = Files.readAllBytes(Path.of("src/test/resources/cmrt/templates/RMI_EMRT_2.1.xlsx"));
        mvc.perform(multipart("/api/cmrt/check").file(workbook("RMI_EMRT_2.1.xlsx", blank)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("INVALID"))
                .andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')]", org.hamcrest.Matchers.hasSize(68)));
    }

    @Test
    void aCrtIsNotSupported() throws Exception {
        byte[] crt = Files.readAllBytes(Path.of("src/test/resources/cmrt/templates/RMI_CRT_2.21.xlsx"));
        mvc.perform(multipart("/api/cmrt/check").file(workbook("crt.xlsx", crt)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.templateType").value("CRT"))
                .andExpect(jsonPath("$.verdict").value("NOT_A_CMRT"))
                .andExpect(jsonPath("$.findings[0].message").value(org.hamcrest.Matchers.containsString("not supported")));
    }

    @Test
    void aFileThatIsNoWorkbookIsUnreadableAndItsPathIsNotEchoed() throws Exception {
        mvc.perform(multipart("/api/cmrt/check").file(workbook("../../etc/\u202Epasswd.xlsx", "not a workbook".getBytes())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("UNREADABLE"))
                .andExpect(jsonPath("$.file").value("passwd.xlsx"));
    }

    @Test
    void anXlsWithAPasswordToOpenIsUnreadableWithWhatToDo() throws Exception {
        mvc.perform(multipart("/api/cmrt/check").file(workbook("cmrt.xls", HostileXls.encrypted("secret"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("UNREADABLE"))
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].message").value(org.hamcrest.Matchers.startsWith(
                        "The workbook is protected with a password to open. Please remove the open password")));
    }

    @Test
    void anExcel95WorkbookIsUnreadableAndSaysWhichFormatItIs() throws Exception {
        mvc.perform(multipart("/api/cmrt/check").file(workbook("cmrt.xls", HostileXls.excel95("Book"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("UNREADABLE"))
                .andExpect(jsonPath("$.findings[0].message").value(org.hamcrest.Matchers.startsWith(
                        "This workbook is in the Excel 5.0/95 format, older than any CMRT.")));
    }

    private static MockMultipartFile workbook(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }
}
