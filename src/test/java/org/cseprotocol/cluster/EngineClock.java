package org.cseprotocol.cluster;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves Camunda's clock, which every engine in the JVM shares, so the nodes of a test agree on the time. */
final class EngineClock {

    private EngineClock() {
    }

    /** Sets the clock to the instant and lets it run on from there, as the job executor needs. */
    static void moveTo(Instant instant) {
        ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    }
}
