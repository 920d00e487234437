package uk.safeguard.recording.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.recording.AlertView;
import uk.safeguard.recording.Alerts;

/**
 * The warning at the top of the child's page: active alerts on the child and on the adults in the child's current
 * households, each with its contrary evidence beside it ("contested: ..."), so a label is never shown without the
 * evidence against it (Families' Commission, seeds 003 line 2213).
 */
@Component
public class RecordingChildSections implements ChildRecordSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Alerts alerts;
    private final PeopleRegister people;

    public RecordingChildSections(Alerts alerts, PeopleRegister people) {
        this.alerts = alerts;
        this.people = people;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        Set<Long> who = new LinkedHashSet<>();
        who.add(childId);
        who.addAll(alerts.householdAdults(childId));
        List<AlertView> active = alerts.activeAlertsOn(who);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, PersonSummary> names = people.summaries(who);
        List<Row> rows = new ArrayList<>();
        for (AlertView a : active) {
            PersonSummary adult = names.get(a.personId());
            String person = a.personId() == childId ? "" : " (" + (adult == null ? "person " + a.personId() : adult.displayName()) + ", in the household)";
            String evidence = a.evidence().strip();
            StringBuilder value = new StringBuilder(evidence).append(evidence.endsWith(".") ? " Raised " : ". Raised ").append(DAY.format(a.raisedOn()))
                    .append(" by ").append(a.raisedBy()).append("; review ")
                    .append(a.reviewOverdue() ? "overdue since " : "by ").append(DAY.format(a.reviewDate()));
            if (a.contested() != null) {
                value.append(". ").append(a.contested());
            }
            rows.add(new Row(a.label() + person, value.toString(), "/people/" + a.personId() + "/alerts#alert-" + a.id()));
        }
        return Optional.of(new Section("alerts", "Alerts", 0, true, rows,
                List.of(new Link("Alerts on this child", "/people/" + childId + "/alerts"))));
    }
}
