package uk.safeguard.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguard.access.Agency;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/** Children referred, allocated and with a section 47 enquiry started, as the protection module would leave them. */
public class ConferenceFixtures {
    public record Child(long childId, long caseId) {}

    private final PeopleRegister people;
    private final StatutoryClocks clocks;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Function<String, Api> as;

    public ConferenceFixtures(PeopleRegister people, StatutoryClocks clocks, JdbcClient jdbc, UserDirectory users, Function<String, Api> as) {
        this.people = people;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.users = users;
        this.as = as;
    }

    public CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    public long userId(String username) {
        return user(username).id();
    }

    public Agency agency(String code) {
        return users.agencyByCode(code).orElseThrow();
    }

    /** A child referred now, its child-in-need case allocated to {@code worker} in the worker's team. */
    public Child referred(String worker) {
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as.apply("contact-officer"), as.apply("team-manager"), child);
        CurrentUser w = user(worker);
        jdbc.sql("update case_file set allocated_worker_id = ?, team_id = ? where id = ?").params(w.id(), w.teamId(), r.caseId()).update();
        return new Child(child, r.caseId());
    }

    /** What the protection module records when a strategy discussion starts a s47 enquiry. */
    public void s47Started(Child c, LocalDateTime at) {
        clocks.recordEvent(user("social-worker").asActor(), c.childId(), ClockEvents.STRATEGY_DISCUSSION_S47_STARTED,
                at.atZone(TimeConfiguration.LONDON).toInstant(), "case-" + c.caseId());
    }

    /** Police (directory, no email), health (directory, email) and a school typed in: the ICPC's agency invitees. */
    public List<Map<String, Object>> invitees() {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(Map.of("type", "FAMILY", "name", "Dana Parent"));
        list.add(Map.of("type", "AGENCY", "agencyId", agency("POLICE").id(), "name", "DS Lee"));
        list.add(Map.of("type", "AGENCY", "agencyId", agency("HEALTH").id(), "email", "safeguarding@health.example"));
        list.add(Map.of("type", "AGENCY", "agency", "Hillside Academy", "email", "dsl@hillside.example"));
        list.add(Map.of("type", "ADVOCATE", "name", "Sky Advocate"));
        return list;
    }

    public Map<String, Object> conference(String kind, LocalDateTime at, String chair) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("scheduledAt", at.toString());
        body.put("venue", "Riverford Civic Centre, room 2");
        body.put("chairId", userId(chair));
        body.put("invitees", invitees());
        return body;
    }

    public Map<String, Object> planOutcome(String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "PLAN");
        body.put("category", category);
        body.put("leadBody", "LA");
        body.put("leadSocialWorkerId", userId("social-worker"));
        body.put("attendance", List.of(Map.of("agency", "Riverford Police", "status", "ATTENDED"),
                Map.of("agency", "Hillside Academy", "status", "REPORT_ONLY")));
        body.put("reports", List.of(Map.of("agency", "Hillside Academy", "receivedOn", "2026-11-25", "mayShareWithParents", true)));
        body.put("childViews", "Wants to stay at home with their sister.");
        body.put("coreGroup", List.of(Map.of("name", "Sam Okafor", "agency", "Children's Services", "role", "Lead social worker"),
                Map.of("name", "Jamie Collins", "agency", "Health")));
        body.put("outlinePlan", "Home conditions improve; school attendance above 95%.");
        return body;
    }

    /** Schedules an ICPC at {@code at} chaired by conference-chair and records a plan; returns the plan id. */
    public long icpcWithPlan(Child c, LocalDateTime at, String category) {
        Api.Response scheduled = as.apply("social-worker").post("/api/children/" + c.childId() + "/conferences",
                conference("INITIAL", at, "conference-chair"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long conferenceId = scheduled.json().get("id").asLong();
        Api.Response held = as.apply("conference-chair").post("/api/conferences/" + conferenceId + "/outcome", planOutcome(category));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        return held.json().get("planId").asLong();
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }
}
