package uk.safeguard.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.MutableClock;
import uk.safeguard.support.TestReferrals;

/**
 * Ten years of one child's life in children's services, made the way the system makes it: every step through the
 * real JSON API as the demo user who would do it, each at its own time on the test clock (December 2016 to November
 * 2026). Each year: a referral through the front door, the case allocated by proposal and agreement, the single
 * assessment, 35 typed case notes (every sixth significant), a document, and the case closed before the next year's
 * referral; a child in need plan with visits and reviews in most years; in two years a strategy discussion, section
 * 47 enquiry, initial conference and child protection plan with core groups, visits and a review, then ended (and a
 * step-down child in need plan). The tenth year's case and plan are still open. Plus a mother, father and sister in a
 * household, and two alerts.
 */
final class ChildPageHistory {
    static final LocalDate FIRST_REFERRAL = LocalDate.of(2016, 12, 5);
    static final int YEARS = 10;
    static final int NOTES_PER_YEAR = 35;
    private static final List<Integer> PROTECTION_YEARS = List.of(3, 7);
    private static final List<Integer> CIN_PLAN_YEARS = List.of(1, 2, 5, 8, 9);
    private static final String[] NOTE_TYPES = {"VISIT", "PHONE_CALL", "MEETING", "VISIT", "SUPERVISION", "OTHER", "MANAGEMENT_OVERSIGHT"};

    private final String base;
    private final MutableClock clock;
    private final Api officer;
    private final Api manager;
    private final Api worker;
    private final Api chair;
    private final long socialWorkerId;
    private final long chairId;
    private final long la;
    private final long police;
    private final long health;
    private final PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::seq));
    private long sequence;
    private LocalDateTime last = LocalDateTime.MIN;
    private int calls;

    private record Step(LocalDateTime at, long seq, Runnable action) {}

    /** What one year's steps share: the ids the earlier steps made. */
    private static final class Year {
        final int n;
        final LocalDate start;
        long referralId;
        long caseId;
        long assessmentId;
        long enquiryId;
        long conferenceId;
        long reviewId;
        long cpPlanId;
        long cinPlanId;

        Year(int n, LocalDate start) {
            this.n = n;
            this.start = start;
        }

        LocalDateTime day(int d, int hour, int minute) {
            return start.plusDays(d).atTime(hour, minute);
        }

        LocalDate date(int d) {
            return start.plusDays(d);
        }
    }

    ChildPageHistory(String base, MutableClock clock, long socialWorkerId, long chairId, long la, long police, long health) {
        this.base = base;
        this.clock = clock;
        this.officer = new Api(base, "contact-officer", "safeguard-demo");
        this.manager = new Api(base, "team-manager", "safeguard-demo");
        this.worker = new Api(base, "social-worker", "safeguard-demo");
        this.chair = new Api(base, "conference-chair", "safeguard-demo");
        this.socialWorkerId = socialWorkerId;
        this.chairId = chairId;
        this.la = la;
        this.police = police;
        this.health = health;
    }

    int calls() {
        return calls;
    }

    /** Builds the whole history and returns the child's id. */
    long build(String familyName) {
        clock.set(LocalDateTime.of(2016, 12, 1, 10, 0));
        long mother = person("ADULT", "Dana", familyName, "1988-04-09");
        long father = person("ADULT", "Lewis", familyName, "1985-10-21");
        long child = person("CHILD", "Tilly", familyName, "2012-03-14");
        long sister = person("CHILD", "Rosa", familyName, "2015-07-02");
        ok(worker.post("/api/people/" + child + "/relationships", Map.of("relatedPersonId", mother, "type", "PARENT", "parentalResponsibility", true)));
        ok(worker.post("/api/people/" + child + "/relationships", Map.of("relatedPersonId", father, "type", "PARENT", "parentalResponsibility", true)));
        ok(worker.post("/api/people/" + child + "/relationships", Map.of("relatedPersonId", sister, "type", "SIBLING")));
        ok(worker.post("/api/people/" + child + "/addresses", Map.of("line1", "14 Alder Road", "town", "Riverford", "postcode", "RF2 7QT",
                "from", "2014-06-01")));
        ok(worker.post("/api/people/households", Map.of("name", "14 Alder Road", "memberIds", List.of(child, mother, father, sister))));

        for (int n = 0; n < YEARS; n++) {
            year(new Year(n, weekday(FIRST_REFERRAL.plusYears(n))), child, sister);
        }
        while (!steps.isEmpty()) {
            Step step = steps.poll();
            if (step.at().isBefore(last)) {
                throw new IllegalStateException("Steps out of order at " + step.at());
            }
            last = step.at();
            clock.set(step.at());
            step.action().run();
        }
        return child;
    }

    private void year(Year y, long child, long sister) {
        boolean protection = PROTECTION_YEARS.contains(y.n);
        boolean cinPlan = CIN_PLAN_YEARS.contains(y.n);
        boolean lastYear = y.n == YEARS - 1;

        at(y.day(0, 10, 0), () -> {
            TestReferrals.Referral r = TestReferrals.refer(officer, manager, child);
            calls += 4;
            y.referralId = r.referralId();
            y.caseId = r.caseId();
        });
        at(y.day(0, 14, 0), () -> {
            Map<String, Object> proposal = new HashMap<>();
            proposal.put("workerId", socialWorkerId);
            proposal.put("handoverNote", "Year " + (y.n + 1) + ": Sam knows the family.");
            long proposalId = created(manager.post("/api/cases/" + y.caseId + "/allocation-proposals", proposal)).get("id").asLong();
            ok(worker.post("/api/allocation-proposals/" + proposalId + "/agreement", ""));
        });
        at(y.day(1, 9, 30), () -> y.assessmentId = created(worker.post("/api/referrals/" + y.referralId + "/assessment",
                Map.of("startDate", y.date(1).toString()))).get("id").asLong());
        if (protection) {
            at(y.day(2, 15, 0), () -> y.enquiryId = created(worker.post("/api/cases/" + y.caseId + "/strategy-discussions",
                    discussion(y.day(2, 11, 0)))).get("section47EnquiryId").asLong());
        }
        at(y.day(3, 16, 0), () -> ok(worker.post("/api/assessments/" + assessmentOf(y) + "/child-seen",
                Map.of("seenOn", y.date(3).toString(), "seenAlone", true))));
        if (y.n == 3 || y.n == 7) {
            at(y.day(5, 11, 0), () -> created(worker.post("/api/people/" + child + "/alerts", alert(y))));
        }
        if (protection) {
            at(y.day(9, 12, 0), () -> ok(manager.post("/api/section-47-enquiries/" + y.enquiryId + "/outcome",
                    Map.of("outcome", "SUBSTANTIATED", "rationale", "Non-accidental injury confirmed by the paediatrician",
                            "completedOn", y.date(9).toString()))));
            at(y.day(10, 9, 0), () -> {
                y.conferenceId = created(worker.post("/api/children/" + child + "/conferences",
                        conference("INITIAL", y.day(15, 10, 0)))).get("id").asLong();
                ok(worker.post("/api/conferences/" + y.conferenceId + "/invitations-sent", Map.of("on", y.date(10).toString())));
            });
        }
        at(y.day(12, 15, 0), () -> ok(worker.put("/api/assessments/" + assessmentOf(y), Map.of(
                "analysis", "Year " + (y.n + 1) + ": needs analysed with the family and the school.",
                "factors", protection ? List.of("3B", "2A") : List.of("16A", "3B"),
                "outcome", protection ? "STRATEGY_DISCUSSION" : cinPlan ? "CHILD_IN_NEED_PLAN" : "ADVICE_OR_EXISTING_SERVICES"))));
        at(y.day(13, 10, 0), () -> ok(worker.post("/api/assessments/" + assessmentOf(y) + "/submission", Map.of())));
        at(y.day(14, 11, 0), () -> ok(manager.post("/api/assessments/" + assessmentOf(y) + "/authorisation",
                Map.of("authorisedOn", y.date(14).toString()))));
        if (protection) {
            at(y.day(15, 15, 0), () -> y.cpPlanId = ok(chair.post("/api/conferences/" + y.conferenceId + "/outcome",
                    planOutcome(y))).get("planId").asLong());
            for (int d = 24; d <= 150; d += 42) {
                int day = d;
                at(y.day(day, 16, 0), () -> ok(worker.post("/api/cp-plans/" + y.cpPlanId + "/core-groups", coreGroup(y.date(day)))));
            }
            for (int d = 18; d <= 175; d += 10) {
                int day = d;
                at(y.day(day, 17, 0), () -> ok(worker.post("/api/cp-plans/" + y.cpPlanId + "/visits",
                        Map.of("visitedAt", y.day(day, 15, 30).toString(), "seen", true, "seenAlone", day % 20 == 18,
                                "note", "Home visit; bedroom seen."))));
            }
            at(y.day(80, 9, 0), () -> y.reviewId = created(worker.post("/api/children/" + child + "/conferences",
                    conference("REVIEW", y.day(95, 10, 0)))).get("id").asLong());
            at(y.day(95, 15, 0), () -> ok(chair.post("/api/conferences/" + y.reviewId + "/outcome", Map.of("decision", "CONTINUE",
                    "householdConsidered", List.of(Map.of("childId", child, "note", "Progress on the plan."),
                            Map.of("childId", sister, "note", "Sister considered; no plan needed."))))));
            at(y.day(180, 16, 0), () -> ok(worker.post("/api/cp-plans/" + y.cpPlanId + "/end",
                    Map.of("endReason", "NO_LONGER_AT_RISK", "endedOn", y.date(180).toString(), "note", "Home conditions sustained."))));
        }
        if (cinPlan || protection) {
            int from = protection ? 185 : 20;
            at(y.day(from, 10, 0), () -> y.cinPlanId = created(worker.post("/api/cases/" + y.caseId + "/cin-plan",
                    Map.of("startDate", y.date(from).toString(), "needs", List.of("Regular meals", "School attendance above 95%")))).get("id").asLong());
            for (int d = from + 5; d <= 285; d += 20) {
                int day = d;
                at(y.day(day, 17, 30), () -> created(worker.post("/api/cin-plans/" + y.cinPlanId + "/visits",
                        Map.of("visitedAt", y.day(day, 16, 0).toString(), "seen", true, "seenAlone", day % 40 < 20, "bedroomSeen", true,
                                "withWhom", "Mother", "location", "Home", "note", "Tidy home; food in the fridge."))));
            }
            for (int d = from + 80; d <= 285; d += 80) {
                int day = d;
                at(y.day(day, 14, 0), () -> created(worker.post("/api/cin-plans/" + y.cinPlanId + "/reviews",
                        Map.of("reviewDate", y.date(day).toString(), "attendees", "Sam Okafor, mother, Pat Lee (school)",
                                "progressSummary", "Attendance up; meals regular.", "decision", "CONTINUE"))));
            }
            if (!lastYear) {
                at(y.day(290, 11, 0), () -> ok(worker.post("/api/cin-plans/" + y.cinPlanId + "/end",
                        Map.of("endDate", y.date(290).toString(), "reason", "NO_LONGER_IN_NEED"))));
            }
        }
        for (int i = 0; i < NOTES_PER_YEAR; i++) {
            LocalDateTime occurred = y.start.plusDays(2 + (i * 289L) / NOTES_PER_YEAR).atTime(9 + (i % 5) * 2, 15);
            int note = i;
            at(occurred.plusMinutes(30), () -> {
                Map<String, Object> body = new HashMap<>();
                body.put("type", NOTE_TYPES[note % NOTE_TYPES.length]);
                body.put("occurredAt", london(occurred));
                body.put("text", "Year " + (y.n + 1) + ", note " + (note + 1) + ": spoke with Tilly and her mother about school, meals "
                        + "and the plan; Tilly said she feels safer at home. Next visit booked.");
                body.put("significant", note % 6 == 5);
                created(worker.post("/api/cases/" + y.caseId + "/notes", body));
            });
        }
        at(y.day(40, 12, 0), () -> upload(child, "Year " + (y.n + 1) + " school report", y.date(40)));
        if (!lastYear) {
            at(y.day(300, 10, 0), () -> ok(manager.post("/api/cases/" + y.caseId + "/closure",
                    Map.of("closedAt", y.date(300).toString(), "closureReason", "RC8"))));
        }
    }

    /** The referral's single assessment (a section 47 enquiry takes over the section 17 one, keeping its id). */
    private static long assessmentOf(Year y) {
        return y.assessmentId;
    }

    private void at(LocalDateTime when, Runnable action) {
        steps.add(new Step(when, sequence++, action));
    }

    private long person(String kind, String given, String family, String dateOfBirth) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("givenNames", given);
        body.put("familyName", family);
        body.put("dateOfBirth", dateOfBirth);
        body.put("confirmNoDuplicate", true);
        return created(worker.post("/api/people", body)).get("id").asLong();
    }

    private Map<String, Object> alert(Year y) {
        Map<String, Object> body = new HashMap<>();
        body.put("labelType", y.n == 3 ? "RISK_TO_STAFF" : "INFORMATION_SHARING_CAUTION");
        body.put("evidence", y.n == 3 ? "Father threatened the visiting worker on " + y.date(4) + " (police ref 4471)"
                : "Mother's new partner must not learn the family's address");
        body.put("reviewDate", y.date(5).plusMonths(6).toString());
        return body;
    }

    private Map<String, Object> discussion(LocalDateTime heldAt) {
        Map<String, Object> d = new HashMap<>();
        d.put("heldAt", london(heldAt));
        d.put("format", "MEETING");
        d.put("attendees", List.of(attendee("Sam Okafor", la, "Social worker"), attendee("PC Dee Harper", police, "CAIT officer"),
                attendee("Lee Marsh", health, "Named nurse")));
        d.put("informationShared", "School reported bruising; health visitor notes missed appointments; police hold two call-outs.");
        d.put("section47", true);
        d.put("section47Rationale", "Reasonable cause to suspect significant harm (unexplained bruising).");
        d.put("criminalInvestigation", "JOINT");
        d.put("criminalLeadAgency", "Riverford Police");
        d.put("legalAction", "None at present");
        d.put("sharedWithFamily", "That enquiries are being made");
        d.put("actions", new ArrayList<>());
        return d;
    }

    private static Map<String, Object> attendee(String name, long agencyId, String role) {
        return Map.of("name", name, "agencyId", agencyId, "role", role, "attended", true);
    }

    private Map<String, Object> conference(String kind, LocalDateTime at) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("scheduledAt", at.toString());
        body.put("venue", "Riverford Civic Centre, room 2");
        body.put("chairId", chairId);
        body.put("invitees", List.of(Map.of("type", "FAMILY", "name", "Dana Parent"),
                Map.of("type", "AGENCY", "agencyId", police, "name", "DS Lee"),
                Map.of("type", "AGENCY", "agencyId", health, "email", "safeguarding@health.example"),
                Map.of("type", "AGENCY", "agency", "Hillside Academy", "email", "dsl@hillside.example")));
        return body;
    }

    private Map<String, Object> planOutcome(Year y) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "PLAN");
        body.put("category", y.n == 3 ? "PHY" : "NEG");
        body.put("leadBody", "LA");
        body.put("leadSocialWorkerId", socialWorkerId);
        body.put("attendance", List.of(Map.of("agency", "Riverford Police", "status", "ATTENDED"),
                Map.of("agency", "Hillside Academy", "status", "REPORT_ONLY")));
        body.put("reports", List.of(Map.of("agency", "Hillside Academy", "receivedOn", y.date(12).toString(), "mayShareWithParents", true)));
        body.put("childViews", "Wants to stay at home with her sister.");
        body.put("coreGroup", List.of(Map.of("name", "Sam Okafor", "agency", "Children's Services", "role", "Lead social worker"),
                Map.of("name", "Jamie Collins", "agency", "Health")));
        body.put("outlinePlan", "Home conditions improve; school attendance above 95%.");
        return body;
    }

    private static Map<String, Object> coreGroup(LocalDate metOn) {
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("metOn", metOn.toString());
        meeting.put("attendees", List.of(Map.of("name", "Sam Okafor", "agency", "Children's Services"),
                Map.of("name", "Jamie Collins", "agency", "Health")));
        meeting.put("absenteeViews", List.of(Map.of("name", "Pat Lee", "agency", "Hillside Academy", "views", "Attendance improving.")));
        meeting.put("decisions", "Weekly home visits; nursery place for the sister.");
        return meeting;
    }

    /** A small text document through the real multipart upload (the shared Api speaks only JSON). */
    private void upload(long child, String title, LocalDate documentDate) {
        calls++;
        String boundary = "----bench" + child + "x" + documentDate;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", "A synthetic benchmark document");
        fields.put("documentDate", documentDate.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes((title + ": attendance 96%, settled in class.\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/children/" + child + "/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("social-worker:safeguard-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private tools.jackson.databind.JsonNode created(Api.Response r) {
        calls++;
        assertThat(r.status()).as(clock.instant() + " " + r).isEqualTo(201);
        return r.json();
    }

    private tools.jackson.databind.JsonNode ok(Api.Response r) {
        calls++;
        assertThat(r.status()).as(clock.instant() + " " + r).isBetween(200, 201);
        return r.body().isEmpty() ? null : r.json();
    }

    private static String london(LocalDateTime t) {
        return t.atZone(TimeConfiguration.LONDON).toInstant().toString();
    }

    private static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
