package org.mineraldiligence.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's one clock: the process engine's. Timers, job due dates and history use the engine's
 * time, so our records (outcomes, decisions, audit entries, purges) use it too, and a test that moves the
 * engine's clock moves every date the application writes. The only place our code reads Camunda's
 * internal ClockUtil.
 */
@Component
public class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock() {
        this(ZoneId.systemDefault());
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
