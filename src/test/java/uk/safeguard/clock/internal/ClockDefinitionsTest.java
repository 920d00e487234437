package uk.safeguard.clock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClockDefinitionsTest {
    private final List<ClockDefinition> definitions = ClockDefinitions.load();

    @Test
    void everyClockOfDomainSection4IsDeclaredWithASourceForEachVersion() {
        assertThat(definitions).extracting(ClockDefinition::id).containsExactlyInAnyOrder(
                "contact-decision", "mash-hold", "early-help-line", "referral-acknowledgement", "referral-decision",
                "assessment", "police-protection", "initial-child-protection-conference", "first-core-group",
                "first-child-protection-review", "later-child-protection-review", "transfer-in-conference",
                "eighteenth-birthday-review", "lado-notification", "serious-incident-notification", "rapid-review",
                "practice-review-publication", "pre-publication-copy", "partnership-yearly-report",
                "yearly-report-dispatch", "coroner-notification", "complaint-stage-1", "complaint-stage-2",
                "complaint-stage-3", "cp-visits", "assessment-dfe-measure", "cin-plan-review",
                "strategy-discussion-after-emergency-action");
        assertThat(definitions).allSatisfy(d -> assertThat(d.versions()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.source()).isNotBlank()));
    }

    @Test
    void localClocksCanBeReconfigured() {
        var configured = ClockDefinitions.load(id -> id.equals("cp-visits") ? 15 : null);
        assertThat(configured.stream().filter(d -> d.id().equals("cp-visits")).findFirst().orElseThrow()
                .versions().get(0).limit().amount()).isEqualTo(15);
        // Statutory clocks are not configuration.
        var statutory = ClockDefinitions.load(id -> 99);
        assertThat(statutory.stream().filter(d -> d.id().equals("assessment")).findFirst().orElseThrow()
                .versions()).allSatisfy(v -> assertThat(v.limit().amount()).isEqualTo(45));
    }

    @Test
    void theQueuesDueMomentFollowsALocalLimit() {
        java.time.Instant received = java.time.Instant.parse("2026-12-01T09:00:00Z");
        var shipped = ClockDefinitions.load().stream().filter(d -> d.id().equals("contact-decision")).findFirst().orElseThrow();
        assertThat(ClockEngine.dueMoment(shipped, received, null)).isEqualTo(java.time.Instant.parse("2026-12-02T09:00:00Z"));
        // safeguard.clocks.local-limits.contact-decision=8: the MASH queue's due time moves with it.
        var local = ClockDefinitions.load(id -> id.equals("contact-decision") ? 8 : null).stream()
                .filter(d -> d.id().equals("contact-decision")).findFirst().orElseThrow();
        assertThat(ClockEngine.dueMoment(local, received, null)).isEqualTo(java.time.Instant.parse("2026-12-01T17:00:00Z"));
    }
}
