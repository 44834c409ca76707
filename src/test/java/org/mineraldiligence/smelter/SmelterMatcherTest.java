package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.Metal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmelterMatcherTest {

    private static final SmelterStatus STATUS = new SmelterStatus("Conformant", CanonicalStatus.CONFORMANT,
            LocalDate.of(2024, 1, 1));

    private static ReferenceSmelter smelter(String id, Metal metal, String name, String country, String... aliases) {
        return new ReferenceSmelter(id, metal, name, country, List.of(aliases), STATUS, null, null, null);
    }

    private static final ReferenceList REFERENCE = new ReferenceList("test", LocalDate.of(2024, 1, 1), List.of(
            smelter("CID000189", Metal.GOLD, "Cendres + Metaux S.A.", "SWITZERLAND", "Cendres + Métaux S.A."),
            smelter("CID000707", Metal.GOLD, "Heraeus Metals Hong Kong Ltd.", "CHINA"),
            smelter("CID000711", Metal.GOLD, "Heraeus Germany GmbH Co. KG", "GERMANY"),
            smelter("CID001875", Metal.GOLD, "Tanaka Kikinzoku Kogyo K.K.", "JAPAN"),
            smelter("CID000956", Metal.GOLD, "Kaloti Precious Metals", "UNITED ARAB EMIRATES"),
            smelter("CID001477", Metal.TIN, "PT Timah Tbk Kundur", "INDONESIA"),
            smelter("CID001482", Metal.TIN, "PT Timah Tbk Mentok", "INDONESIA"),
            smelter("CID001070", Metal.TIN, "China Tin Group Co., Ltd.", "CHINA"),
            smelter("CID001152", Metal.GOLD, "Metalor Technologies (Hong Kong) Ltd.", "CHINA"),
            smelter("CID001153", Metal.GOLD, "Metalor Technologies S.A.", "SWITZERLAND")));

    private final SmelterMatcher matcher = new SmelterMatcher(REFERENCE);

    @Test
    void exactSmelterIdWinsEvenWithAnUnrelatedName() {
        MatchResult r = matcher.match(new DeclaredSmelter(Metal.TIN, "whatever", "", "cid1477"));
        assertThat(r.decision()).isEqualTo(MatchDecision.MATCHED);
        assertThat(r.method()).isEqualTo(MatchMethod.ID);
        assertThat(r.smelterId()).isEqualTo("CID001477");
        assertThat(r.findings()).anyMatch(f -> f.contains("read as CID001477"));
    }

    @Test
    void anIdOfAnotherMetalIsReportedAndNeverMatchedAcrossMetals() {
        MatchResult r = matcher.match(new DeclaredSmelter(Metal.GOLD, "PT Timah Tbk Kundur", "", "CID001477"));
        assertThat(r.isMatched()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.contains("CID001477 is a Tin smelter, declared under Gold"));
        assertThat(r.candidates()).noneMatch(c -> c.smelterId().equals("CID001477"));
    }

    @Test
    void nameMatchesIgnoringCaseAccentsPunctuationAndLegalForm() {
        for (String variant : List.of("CENDRES & METAUX SA", "Cendres+Métaux", "cendres metaux s.a.", "Cendres + Metaux Ltd")) {
            MatchResult r = matcher.match(DeclaredSmelter.of(Metal.GOLD, variant, "Switzerland"));
            assertThat(r.smelterId()).as(variant).isEqualTo("CID000189");
            assertThat(r.method()).as(variant).isEqualTo(MatchMethod.ALIAS);
            assertThat(r.confidence()).isEqualTo(1.0);
        }
    }

    @Test
    void typoAndMissingWordMatchFuzzilyWithConfidenceBelowOne() {
        MatchResult r = matcher.match(DeclaredSmelter.of(Metal.GOLD, "Heraeus Metal Hong-Kong Limted", "China"));
        assertThat(r.decision()).isEqualTo(MatchDecision.MATCHED);
        assertThat(r.method()).isEqualTo(MatchMethod.FUZZY);
        assertThat(r.smelterId()).isEqualTo("CID000707");
        assertThat(r.confidence()).isBetween(MatchingThresholds.DEFAULT.accept(), 0.999);
    }

    @Test
    void sharedCommonWordsAloneDoNotMakeAMatch() {
        MatchResult r = matcher.match(DeclaredSmelter.of(Metal.GOLD, "Tanaka Precious Metals", "Japan"));
        assertThat(r.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(r.smelterId()).isEmpty();
        assertThat(r.candidates()).isNotEmpty();
    }

    @Test
    void nearTieBetweenTwoSitesGoesToReviewWithBothCandidates() {
        MatchResult r = matcher.match(DeclaredSmelter.of(Metal.TIN, "PT Timah Tbk", "Indonesia"));
        assertThat(r.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(r.candidates()).extracting(MatchCandidate::smelterId).contains("CID001477", "CID001482");
    }

    @Test
    void countryTellsSameNamedSitesApartAndAContradictingCountryHoldsBackTheMatch() {
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "Heraeus Metals Hong Kong", "Hong Kong, China"))
                .smelterId()).isEqualTo("CID000707");
        MatchResult elsewhere = matcher.match(DeclaredSmelter.of(Metal.GOLD, "Heraeus Metals Hong Kong", "Brazil"));
        assertThat(elsewhere.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(elsewhere.findings()).anyMatch(f -> f.contains("BRAZIL") || f.contains("Brazil"));
    }

    @Test
    void smelterNotYetIdentifiedIsCountedNotMatched() {
        MatchResult r = matcher.match(DeclaredSmelter.of(Metal.TIN, "Smelter not yet identified", ""));
        assertThat(r.decision()).isEqualTo(MatchDecision.NOT_YET_IDENTIFIED);
        assertThat(r.smelterId()).isEmpty();
    }

    @Test
    void aNameOfAnotherMetalIsNotMatched() {
        MatchResult r = matcher.match(DeclaredSmelter.of(Metal.TANTALUM, "China Tin Group Co., Ltd.", "China"));
        assertThat(r.decision()).isEqualTo(MatchDecision.REVIEW);
        assertThat(r.candidates()).isEmpty();
    }

    @Test
    void aConfirmedReviewBecomesAnAliasForTheNextMatch() {
        DeclaredSmelter declared = DeclaredSmelter.of(Metal.GOLD, "TKK Precious", "Japan");
        assertThat(matcher.match(declared).isMatched()).isFalse();
        SmelterMatcher after = new SmelterMatcher(REFERENCE.withAlias("CID001875", "TKK Precious"));
        assertThat(after.match(declared).smelterId()).isEqualTo("CID001875");
        assertThat(after.match(declared).method()).isEqualTo(MatchMethod.ALIAS);
    }
}
