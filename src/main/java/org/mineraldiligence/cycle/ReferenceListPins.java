package org.mineraldiligence.cycle;

import java.util.List;
import java.util.Optional;

import org.mineraldiligence.smelter.list.CycleListPins;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reference list pinned on each reporting cycle, as the smelter pages and look-ups ask for it. */
@Component
class ReferenceListPins implements CycleListPins {

    private final ReportingCycleRepository cycles;

    ReferenceListPins(ReportingCycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Pin> of(long cycleId) {
        return cycles.findById(cycleId).map(ReferenceListPins::pinOf);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Pin> all() {
        return cycles.findAllByOrderByReportingYearDescIdDesc().stream().map(ReferenceListPins::pinOf).toList();
    }

    @Override
    @Transactional
    public void pin(long cycleId, Long listId) {
        cycles.findById(cycleId)
                .orElseThrow(() -> new IllegalArgumentException("no reporting cycle " + cycleId))
                .pinReferenceList(listId);
    }

    private static Pin pinOf(ReportingCycle cycle) {
        return new Pin(cycle.getId(), cycle.label(), cycle.getReportingYear(), cycle.getReferenceListId());
    }
}
