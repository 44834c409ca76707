package org.mineraldiligence.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplatesAskedTest {

    final TemplatesAsked rule = new TemplatesAsked(RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"), Map.of(
            "batteries", RequestedTemplates.parse("EMRT:COBALT+LITHIUM"),
            "capacitors", RequestedTemplates.parse("EMRT:MICA"),
            "tantalum wire", RequestedTemplates.parse("EMRT:LITHIUM")));

    @Test
    void theChoiceOnTheScopePageComesFirstThenTheMappingThenWhatTheCycleCollects() {
        assertThat(rule.of("Batteries", RequestedTemplates.CMRT_ONLY).templates()).isEqualTo(RequestedTemplates.CMRT_ONLY);
        assertThat(rule.of("Batteries", RequestedTemplates.CMRT_ONLY).why()).isEqualTo("chosen on the scope page");
        assertThat(rule.of(" CAPACITORS ", null).templates()).isEqualTo(RequestedTemplates.parse("EMRT:MICA"));
        assertThat(rule.of("Capacitors", null).why()).isEqualTo("mapping for Capacitors");
        assertThat(rule.of("Connectors", null).templates()).isEqualTo(RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));
        assertThat(rule.of("Connectors", null).why()).isEqualTo("no mapping for Connectors: what the cycle collects");
        assertThat(rule.of(null, null).why()).isEqualTo("no commodity: what the cycle collects");
    }

    @Test
    void aRequestIsCutToTheCycleAndOneLeftEmptyAsksForAllTheCycleCollects() {
        TemplatesAsked.Asked batteries = rule.of("Batteries", null);
        assertThat(batteries.describe()).isEqualTo("EMRT (cobalt)");
        assertThat(batteries.why()).isEqualTo("mapping for Batteries, cut to what the cycle collects");

        TemplatesAsked.Asked wire = rule.of("Tantalum  wire", null);
        assertThat(wire.templates()).isEqualTo(RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));
        assertThat(wire.why()).isEqualTo("mapping for Tantalum  wire (EMRT (lithium)) asks nothing this cycle collects: "
                + "what the cycle collects");
    }

    @Test
    void aPersonsChoiceIsCmrtAndMineralNamesOnly() {
        assertThat(TemplateChoice.parse(List.of("CMRT", "MICA", "COBALT")))
                .isEqualTo(RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));
        assertThatThrownBy(() -> TemplateChoice.parse(List.of("GOLD"))).hasMessageContaining("\"GOLD\" is neither");
        assertThatThrownBy(() -> TemplateChoice.parse(List.of("EMRT:COBALT"))).hasMessageContaining("is neither");
        assertThatThrownBy(() -> TemplateChoice.parse(List.of())).hasMessage("Choose the CMRT, at least one EMRT mineral, or both.");
        assertThatThrownBy(() -> TemplateChoice.withinCycle(RequestedTemplates.parse("EMRT:COPPER"),
                RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA")))
                .hasMessage("This cycle collects CMRT and EMRT (cobalt, mica); EMRT (copper) asks for more.");
    }
}
