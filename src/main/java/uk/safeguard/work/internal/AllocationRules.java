package uk.safeguard.work.internal;

import java.util.function.Supplier;
import java.util.stream.Stream;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.work.AllocationRule;
import uk.safeguard.work.OpenCase;

/**
 * Consults every {@link AllocationRule} other modules declare (e.g. a section 47 enquiry or a child protection plan needs
 * a registered social worker, WT2023 para 157, seeds 000 line 2257). The rules are looked up each time, not at start-up,
 * so a module whose rule itself uses CaseWork makes no circular dependency.
 */
public final class AllocationRules {
    private final Supplier<Stream<AllocationRule>> rules;

    public AllocationRules(Supplier<Stream<AllocationRule>> rules) {
        this.rules = rules;
    }

    /** Throws a 409 naming {@code workerId} with the first refusing rule's message. */
    public void check(OpenCase openCase, long workerId) {
        rules.get().map(rule -> rule.refusal(openCase, workerId)).flatMap(java.util.Optional::stream)
                .findFirst().ifPresent(message -> {
                    throw new RuleBroken("workerId", message);
                });
    }
}
