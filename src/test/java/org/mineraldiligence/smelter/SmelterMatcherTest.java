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
            smelter("CID001153", Metal.GOLD, "Metalor Technologies S.A.", "SWITZERLAND"),
            smelter("CID001236", Metal.GOLD, "Navoi Mining and Metallurgical Combinat", "UZBEKISTAN"),
            smelter("CID002557", Metal.TANTALUM, "Global Advanced Metals Boyertown", "UNITED STATES OF AMERICA"),
            smelter("CID001173", Metal.TIN, "Mineracao Taboca S.A.", "BRAZIL")));

    /** The list's own names only: these tests are about the rules, not the shipped RMI look-up names. */
    private final SmelterMatcher matcher = new SmelterMatcher(REFERENCE, MatchingThresholds.DEFAULT,
            RmiLookupNames.NONE);

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
        SmelterMatcher after = new SmelterMatcher(REFERENCE.withAlias("CID001875", "TKK Precious"),
                MatchingThresholds.DEFAULT, RmiLookupNames.NONE);
        assertThat(after.match(declared).smelterId()).isEqualTo("CID001875");
        assertThat(after.match(declared).method()).isEqualTo(MatchMethod.ALIAS);
    }

    @Test
    void aSmelterIdTypedInTheNameOrAnotherCellIsMatchedById() {
        MatchResult bare = matcher.match(DeclaredSmelter.of(Metal.GOLD, "cid 1875", ""));
        assertThat(bare.smelterId()).isEqualTo("CID001875");
        assertThat(bare.method()).isEqualTo(MatchMethod.ID_IN_ROW);
        MatchResult inComments = matcher.match(new DeclaredSmelter(Metal.GOLD, "our gold supplier", "", "",
                List.of("refined by CID001236")));
        assertThat(inComments.smelterId()).isEqualTo("CID001236");
        assertThat(inComments.findings()).anyMatch(f -> f.contains("CID001236 found in the row"));
    }

    @Test
    void anIdInTheRowThatContradictsTheNameOrBelongsToAnotherMetalGoesToReview() {
        MatchResult otherName = matcher.match(new DeclaredSmelter(Metal.GOLD, "Tanaka Kikinzoku Kogyo", "Japan", "",
                List.of("CID001236")));
        assertThat(otherName.isMatched()).isFalse();
        assertThat(otherName.candidates()).extracting(MatchCandidate::smelterId).contains("CID001236", "CID001875");
        assertThat(otherName.candidates().get(0).rule()).isEqualTo(MatchMethod.ID_IN_ROW);
        MatchResult otherMetal = matcher.match(DeclaredSmelter.of(Metal.GOLD, "CID001477", ""));
        assertThat(otherMetal.isMatched()).isFalse();
        assertThat(otherMetal.findings()).anyMatch(f -> f.contains("CID001477, written in the row, is no Gold smelter"));
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "CID001875 or CID001236", "")).isMatched()).isFalse();
    }

    @Test
    void anAcronymOfOneSmeltersNameIsMatchedAndThreeLettersNeedTheCountry() {
        MatchResult nmmc = matcher.match(DeclaredSmelter.of(Metal.GOLD, "NMMC", ""));
        assertThat(nmmc.smelterId()).isEqualTo("CID001236");
        assertThat(nmmc.method()).isEqualTo(MatchMethod.ACRONYM);
        assertThat(matcher.match(DeclaredSmelter.of(Metal.TIN, "NMMC", "")).isMatched()).as("never across metals")
                .isFalse();
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "Nmmc", "")).isMatched())
                .as("a word in small letters is no acronym").isFalse();
        assertThat(matcher.match(DeclaredSmelter.of(Metal.TANTALUM, "GAMB", "USA")).smelterId()).isEqualTo("CID002557");
        MatchResult tkk = matcher.match(DeclaredSmelter.of(Metal.GOLD, "TKK", ""));
        assertThat(tkk.isMatched()).isFalse();
        assertThat(tkk.candidates().get(0).smelterId()).isEqualTo("CID001875");
        assertThat(tkk.candidates().get(0).rule()).isEqualTo(MatchMethod.ACRONYM);
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "TKK", "Japan")).method()).isEqualTo(MatchMethod.ACRONYM);
    }

    @Test
    void aShortDistinctiveNameIsMatchedOnlyWithTheSmeltersCountry() {
        MatchResult tanaka = matcher.match(DeclaredSmelter.of(Metal.GOLD, "Tanaka", "Japan"));
        assertThat(tanaka.smelterId()).isEqualTo("CID001875");
        assertThat(tanaka.method()).isEqualTo(MatchMethod.SHORT_NAME);
        MatchResult noCountry = matcher.match(DeclaredSmelter.of(Metal.GOLD, "Tanaka", ""));
        assertThat(noCountry.isMatched()).isFalse();
        assertThat(noCountry.candidates().get(0).smelterId()).as("preselected for review").isEqualTo("CID001875");
        assertThat(noCountry.candidates().get(0).rule()).isEqualTo(MatchMethod.SHORT_NAME);
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "Tanaka", "China")).isMatched()).isFalse();
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "Heraeus", "Germany")).method())
                .as("a word of two smelters is not distinctive").isNotEqualTo(MatchMethod.SHORT_NAME);
    }

    @Test
    void lettersLostInTransitOrGarbledAreReadAsUnknownLetters() {
        MatchResult lost = matcher.match(DeclaredSmelter.of(Metal.TIN, "Minera??o Taboca S.A.", "Brazil"));
        assertThat(lost.smelterId()).isEqualTo("CID001173");
        assertThat(lost.method()).isEqualTo(MatchMethod.WILDCARD);
        MatchResult garbled = matcher.match(DeclaredSmelter.of(Metal.GOLD, "Cendres + MÃ©taux S.A.", "Switzerland"));
        assertThat(garbled.smelterId()).isEqualTo("CID000189");
        assertThat(garbled.method()).isEqualTo(MatchMethod.ALIAS);
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "Minera??o Taboca S.A.", "Brazil")).isMatched())
                .isFalse();
    }

    @Test
    void theDeclaredCountryDecidesBetweenSimilarSitesAndWithoutOneTheyGoToReview() {
        ReferenceList sites = new ReferenceList("sites", LocalDate.of(2024, 1, 1), List.of(
                smelter("CID900001", Metal.GOLD, "Aurora Precious Metals Refinery", "JAPAN"),
                smelter("CID900002", Metal.GOLD, "Aurora Precious Metals Refinery", "PERU")));
        SmelterMatcher bySite = new SmelterMatcher(sites, MatchingThresholds.DEFAULT, RmiLookupNames.NONE);
        DeclaredSmelter peru = DeclaredSmelter.of(Metal.GOLD, "Aurora Precious Metals Refinary", "Peru");
        MatchResult inPeru = bySite.match(peru);
        assertThat(inPeru.smelterId()).isEqualTo("CID900002");
        assertThat(inPeru.findings()).contains("the declared country decided between similar smelters");
        MatchResult nowhere = bySite.match(DeclaredSmelter.of(Metal.GOLD, "Aurora Precious Metals Refinary", ""));
        assertThat(nowhere.isMatched()).isFalse();
        assertThat(nowhere.candidates()).extracting(MatchCandidate::smelterId).contains("CID900001", "CID900002");
    }
}
