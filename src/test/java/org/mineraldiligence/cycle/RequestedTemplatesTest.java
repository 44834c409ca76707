package org.mineraldiligence.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.ExtendedMineral;

class RequestedTemplatesTest {

    @Test
    void storedTextReadsBackAsTheSameRequestWithMineralsInTheEmrtsOrder() {
        RequestedTemplates both = new RequestedTemplates(true, Set.of(ExtendedMineral.MICA, ExtendedMineral.COBALT));

        assertThat(both.format()).isEqualTo("CMRT,EMRT:COBALT+MICA");
        assertThat(RequestedTemplates.parse(both.format())).isEqualTo(both);
        assertThat(both.describe()).isEqualTo("CMRT and EMRT (cobalt, mica)");
        assertThat(RequestedTemplates.parse("CMRT")).isEqualTo(RequestedTemplates.CMRT_ONLY);
    }

    @Test
    void aSuppliersRequestIsCutDownToWhatItsCycleCollects() {
        RequestedTemplates mapping = RequestedTemplates.parse("CMRT,EMRT:COBALT+LITHIUM");
        RequestedTemplates cycle = RequestedTemplates.parse("EMRT:COBALT+MICA");

        assertThat(mapping.within(cycle)).isEqualTo(RequestedTemplates.parse("EMRT:COBALT"));
        assertThat(RequestedTemplates.CMRT_ONLY.within(cycle).isEmpty()).isTrue();
    }

    @Test
    void textNotWrittenByUsIsRefused() {
        assertThatThrownBy(() -> RequestedTemplates.parse("CMRT,AMRT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestedTemplates.parse("EMRT:GOLD")).isInstanceOf(IllegalArgumentException.class);
    }
}
