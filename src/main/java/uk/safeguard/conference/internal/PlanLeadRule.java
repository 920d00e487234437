package uk.safeguard.conference.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.work.AllocationRule;
import uk.safeguard.work.OpenCase;

/**
 * While a child protection plan is open on a case only a registered social worker may lead it (WT2023 chapter 3;
 * DOMAIN.md section 5, Allocation).
 */
@Component
class PlanLeadRule implements AllocationRule {
    private final ConferenceRepository repository;
    private final UserDirectory users;

    PlanLeadRule(ConferenceRepository repository, UserDirectory users) {
        this.repository = repository;
        this.users = users;
    }

    @Override
    public Optional<String> refusal(OpenCase openCase, long workerId) {
        if (repository.openPlansOnCase(openCase.id()).isEmpty()) {
            return Optional.empty();
        }
        Optional<CurrentUser> worker = users.findById(workerId);
        if (worker.isPresent() && worker.get().role().isRegisteredSocialWorker()) {
            return Optional.empty();
        }
        return Optional.of(worker.map(CurrentUser::displayName).orElse("User " + workerId)
                + " is not a registered social worker: while a child protection plan is open on this case only a registered "
                + "social worker may lead it (WT2023 chapter 3)");
    }
}
