package org.mineraldiligence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mineraldiligence.web.PublicBaseUrl;

class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer(new PublicBaseUrl("https://md.example.com/", "", 8080));

    /** Every template to a supplier; the commodity manager's decision notice is ours, tested below. */
    @ParameterizedTest
    @EnumSource(value = MailTemplate.class, names = {"TASK_DIGEST", "DECISION_NOTICE_MANAGER"}, mode = EnumSource.Mode.EXCLUDE)
    void everyTemplateToSuppliersShowsSupplierDeadlinePortalLinkContactAndGrievanceLinkInBothBodies(MailTemplate template) {
        RenderedMail mail = renderer.render(template.templateName(), MailModels.complete(template, "Nordic Solder AB"));

        assertThat(mail.subject()).isNotBlank().doesNotContain("\n").hasSizeLessThan(100);
        for (String body : new String[] {mail.html(), mail.text()}) {
            assertThat(body).contains("Nordic Solder AB", "31 May 2026", MailModels.PORTAL_URL,
                    "Carlos Ortega", "carlos@md.example.com", "https://md.example.com/grievance");
        }
        assertThat(mail.html()).contains("href=\"" + MailModels.PORTAL_URL + "\"",
                "href=\"https://md.example.com/grievance\"");
    }

    @Test
    void theManagersDecisionNoticeSaysWhoDecidedWhyAndWhatNextAndLinksToOurSupplierPage() {
        Map<String, Object> model = MailModels.complete(MailTemplate.DECISION_NOTICE_MANAGER, "Evil <b>Solder</b> & Co");
        model.put("portalUrl", "https://md.example.com/suppliers/SUP-7");

        RenderedMail mail = renderer.render("decision-notice-manager", model);

        assertThat(mail.subject()).isEqualTo("Executive decision on Evil <b>Solder</b> & Co (RY2026): Suspend the supplier");
        for (String body : new String[] {mail.html(), mail.text()}) {
            assertThat(body).contains("Carlos Ortega", "Suspend the supplier", "Erin Exec (erin)", "2 June 2026",
                    "No CMRT after three reminders", "The survey ends as", "https://md.example.com/suppliers/SUP-7",
                    "has not been told").doesNotContain("/portal/").doesNotContain("Dear ");
        }
        assertThat(mail.html()).contains("Evil &lt;b&gt;Solder&lt;/b&gt; &amp; Co").doesNotContain("<b>Solder");
    }

    @Test
    void resubmissionRequestCountsAndListsEachFindingWithWhereAndHowToFix() {
        RenderedMail mail = render(MailTemplate.RESUBMISSION_REQUEST, "Nordic Solder AB");

        assertThat(mail.subject()).isEqualTo("Action needed: your CMRT for RY2026 has 3 problems");
        assertThat(mail.text()).contains("1. Company name is missing", "Where: Declaration!D8",
                "How to fix it: Enter your legal company name", "3. Smelter not recognised", "Smelter List!D12");
        assertThat(mail.html()).contains("<td", "Declaration!D24", "Answer Yes or No");
    }

    @Test
    void resubmissionRequestWithOneFindingSaysProblemInTheSingular() {
        Map<String, Object> model = MailModels.complete(MailTemplate.RESUBMISSION_REQUEST, "Nordic Solder AB");
        model.put("findings", java.util.List.of(
            new Finding("Date of completion is in the future", "Declaration!D19", "Enter today's date")));

        RenderedMail mail = renderer.render("resubmission-request", model);

        assertThat(mail.subject()).isEqualTo("Action needed: your CMRT for RY2026 has 1 problem");
        assertThat(mail.text()).contains("Date of completion is in the future", "Declaration!D19");
    }

    @Test
    void supplierNameWithMarkupIsEscapedInHtmlAndKeptLiteralInText() {
        RenderedMail mail = render(MailTemplate.SURVEY_REQUEST, "Evil <script>alert(1)</script> & Co");

        assertThat(mail.html()).doesNotContain("<script>").contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        assertThat(mail.text()).contains("Evil <script>alert(1)</script> & Co");
    }

    @Test
    void lineBreaksInModelValuesCannotBreakTheSubjectLine() {
        Map<String, Object> model = MailModels.complete(MailTemplate.REMINDER, "Acme");
        model.put("reportingYear", "2026\r\nBcc: victim@example.com");

        assertThat(renderer.render("reminder", model).subject())
                .doesNotContain("\r", "\n").startsWith("Reminder: your CMRT for RY2026 Bcc:");
    }

    @Test
    void missingModelKeysAreNamedAndRefused() {
        Map<String, Object> model = MailModels.complete(MailTemplate.REMINDER, "Acme");
        model.remove("deadline");
        model.remove("portalUrl");

        assertThatThrownBy(() -> renderer.render("reminder", model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[deadline, portalUrl]");
    }

    @Test
    void unknownTemplateIsRefused() {
        assertThatThrownBy(() -> renderer.render("love-letter", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("love-letter");
    }

    private RenderedMail render(MailTemplate template, String supplierName) {
        return renderer.render(template.templateName(), MailModels.complete(template, supplierName));
    }

    /** Findings may be records as well as maps: the CMRT checker's own type can go straight in. */
    record Finding(String problem, String location, String fix) {
    }

    @Test
    void taskDigestListsEachTaskWithItsLinkAndDueDateAndEscapesSupplierNames() {
        Map<String, Object> model = MailModels.complete(MailTemplate.TASK_DIGEST, "Evil <b>Solder</b> & Co");

        RenderedMail mail = renderer.render("task-digest", model);

        assertThat(mail.subject()).isEqualTo("2 new tasks for you in Mineral Diligence");
        assertThat(mail.html()).contains("<span>Carlos Ortega</span>", "Contact unresponsive supplier Evil &lt;b&gt;Solder&lt;/b&gt; &amp; Co",
                "href=\"https://md.example.com/camunda/app/tasklist/default/#/?task=t-1\"", "Thu 10 Dec 2026", "no due date")
                .doesNotContain("<b>Solder</b>");
        assertThat(mail.text()).contains("1. Contact unresponsive supplier Evil <b>Solder</b> & Co",
                "due Thursday 10 December 2026", "https://md.example.com/camunda/app/tasklist/default/#/?task=t-1",
                "All your tasks, the most urgent first: https://md.example.com/camunda/app/tasklist/default/");
    }
}
