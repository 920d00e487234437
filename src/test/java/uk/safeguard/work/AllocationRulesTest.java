package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.work.internal.AllocationRules;

/**
 * The consulting of other modules' AllocationRule beans, tested without the shared Spring context (a test-only rule bean
 * would change it for every other test).
 */
class AllocationRulesTest {
    private static final OpenCase S47 = new OpenCase(1, 2, CaseKind.CHILD_PROTECTION, Instant.parse("2026-11-02T09:00:00Z"),
            null, null, null, null, 0);

    private final AllocationRule allowsAll = (c, worker) -> Optional.empty();
    private final AllocationRule needsRegisteredSocialWorker = (c, worker) -> c.kind() == CaseKind.CHILD_PROTECTION && worker == 42
            ? Optional.of("A child protection case needs a registered social worker as lead practitioner (WT2023 para 157)")
            : Optional.empty();

    @Test
    void theFirstRefusalIsA409NamingTheWorker() {
        AllocationRules rules = new AllocationRules(() -> Stream.of(allowsAll, needsRegisteredSocialWorker));
        assertThatThrownBy(() -> rules.check(S47, 42)).isInstanceOf(RuleBroken.class)
                .hasMessageContaining("registered social worker")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((RuleBroken) e).rule()).isEqualTo("workerId"));
        assertThatCode(() -> rules.check(S47, 7)).doesNotThrowAnyException();
    }

    @Test
    void noRulesAllowEveryone() {
        assertThatCode(() -> new AllocationRules(Stream::empty).check(S47, 42)).doesNotThrowAnyException();
    }
}
