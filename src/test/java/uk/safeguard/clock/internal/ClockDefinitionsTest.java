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
                "complaint-stage-3", "cp-visits");
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
}
