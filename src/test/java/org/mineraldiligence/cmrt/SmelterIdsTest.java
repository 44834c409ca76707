package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmelterIdsTest {

    @Test
    void smelterIdsAreNormalisedAsTheCmrtFormatSays() {
        assertThat(SmelterIds.normalise(" cid 2763 ")).contains("CID002763");
        assertThat(SmelterIds.normalise("CID002763")).contains("CID002763");
        assertThat(SmelterIds.normalise("242332")).isEmpty();
        assertThat(SmelterIds.normalise("1JPN039")).isEmpty();
        assertThat(SmelterIds.normalise(null)).isEmpty();
    }

    /** What the workbook reader accepted and the reference lists did not, before there was one normaliser. */
    @Test
    void spacesPastedFromSpreadsheetsDoNotHideAnId() {
        assertThat(SmelterIds.normalise("CID\u00a0002763")).contains("CID002763");
        assertThat(SmelterIds.normalise("\tCID00\n2763\u2007")).contains("CID002763");
    }

    @Test
    void onlyTheSixDigitFormIsCanonical() {
        assertThat(SmelterIds.isCanonical("CID002763")).isTrue();
        assertThat(SmelterIds.isCanonical("CID2763")).isFalse();
        assertThat(SmelterIds.isCanonical(null)).isFalse();
    }
}
