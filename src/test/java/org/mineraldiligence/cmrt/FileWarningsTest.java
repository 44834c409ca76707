package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileWarningsTest {

    @Test
    void revisionNewerThanKnownIsReadWithThe6xMapAndFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.decl("J3", "Revision 6.6\nMarch 2026")
                .set("Smelter List", "Q3", "Revision 6.6\nMarch 2026"));

        assertThat(r.templateVersion()).isEqualTo("6.6");
        assertThat(r.companyName()).isEqualTo("Acme Components Ltd");
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-NEWER-VERSION");
    }

    @Test
    void unreadableRevisionFallsBackToThe6xLayoutAndIsFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.decl("J3", "Rev ?").set("Smelter List", "Q3", null));

        assertThat(r.templateVersion()).isNull();
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-VERSION-UNREADABLE");
    }

    @Test
    void cachedCheckerCountDifferentFromTheComputedOneIsFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.number("Checker", "D2", 3));

        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.ruleId()).isEqualTo("CMRT-WARN-CHECKER-CACHE-DIFFERS");
            assertThat(w.cell()).isEqualTo("Checker!D2");
        });
    }
}
