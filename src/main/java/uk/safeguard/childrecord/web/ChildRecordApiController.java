package uk.safeguard.childrecord.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.audit.RecordView;
import uk.safeguard.childrecord.ChildPage;
import uk.safeguard.childrecord.ChildRecords;
import uk.safeguard.childrecord.KeyEvents;

@RestController
@Tag(name = "Child's record")
public class ChildRecordApiController {
    private final ChildRecords records;

    public ChildRecordApiController(ChildRecords records) {
        this.records = records;
    }

    @GetMapping("/api/children/{id}")
    @Operation(summary = "The child's whole record: person, relationships, households, open work, clocks, chronology "
            + "(and, for managers, who has viewed it). The view is logged.")
    ChildPage child(CurrentUser me, @PathVariable long id) {
        return records.page(me, id);
    }

    @GetMapping("/api/children/{id}/chronology")
    @Operation(summary = "The child's chronology, newest first, built from the append-only audit events (the view is logged); "
            + "keyEventsOnly=true gives the milestones and the case notes flagged as significant events")
    List<ChronologyEntry> chronology(CurrentUser me, @PathVariable long id,
                                     @RequestParam(defaultValue = "false") boolean keyEventsOnly) {
        List<ChronologyEntry> all = records.chronology(me, id);
        return keyEventsOnly ? KeyEvents.only(all) : all;
    }

    @GetMapping("/api/children/{id}/views")
    @Operation(summary = "Who has viewed this record (team managers only), newest first")
    List<RecordView> views(CurrentUser me, @PathVariable long id) {
        return records.viewLog(me, id);
    }

    public record RestrictionRequest(String reason, List<String> usernames) {}

    @PostMapping("/api/children/{id}/restriction")
    @Operation(summary = "Restrict the record to named users (team managers only); the manager is always named")
    ChildRecords.Restriction restrict(CurrentUser me, @PathVariable long id, @RequestBody RestrictionRequest request) {
        return records.restrict(me, id, request.reason(), request.usernames());
    }
}
