package uk.safeguard.childrecord.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.childrecord.ChildRecords;
import uk.safeguard.platform.TimeConfiguration;

@RestController
@Tag(name = "Clocks", description = "Statutory and local clocks computed from the child's recorded events.")
public class ChildClocksController {
    private final ChildRecords records;

    public ChildClocksController(ChildRecords records) {
        this.records = records;
    }

    /** One clock as the API shows it; date-times are ISO 8601 with the London offset. */
    public record ClockJson(String clockId, String clock, String kind, String startedAt, String dueAt, String stoppedAt,
                            String status, String explanation, String source, String edition) {
        static ClockJson of(ChildClock c) {
            return new ClockJson(c.clockId(), c.clock(), c.kind(), iso(c.startedAt()), c.dueAt(), iso(c.stoppedAt()),
                    c.status().label(), c.explanation(), c.source(), c.edition());
        }
    }

    @GetMapping("/api/children/{id}/clocks")
    @Operation(summary = "A child's clocks",
            description = "Every statutory and local clock started for the child, earliest due first, with its basis and source. "
                    + "`dueAt` is an ISO date (YYYY-MM-DD) for clocks counted in days, working days or months, and an ISO "
                    + "date-time for clocks counted in hours. `status` is running, overdue, met or missed; a day-based clock "
                    + "is overdue only once its due day has passed. Working days exclude Saturdays, Sundays and England and "
                    + "Wales bank holidays; \"N working days after D\" is the N-th working day after D (D never counts). "
                    + "Cancelled clocks (e.g. the plan ended) are left out. The view is logged. An unknown child is 404.")
    public List<ClockJson> clocks(CurrentUser me, @Parameter(description = "The child's id") @PathVariable long id) {
        return records.clocks(me, id).stream().map(ClockJson::of).toList();
    }

    private static String iso(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(TimeConfiguration.LONDON).toOffsetDateTime());
    }
}
