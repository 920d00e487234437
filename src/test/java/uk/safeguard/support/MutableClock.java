package uk.safeguard.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import uk.safeguard.platform.TimeConfiguration;

/** A clock the tests set, so that every statutory clock is computed against a known "now". */
public class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    /** London local time. */
    public void set(LocalDateTime londonTime) {
        this.now = londonTime.atZone(TimeConfiguration.LONDON).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
