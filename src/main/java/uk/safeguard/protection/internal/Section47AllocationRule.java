package uk.safeguard.protection.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.work.AllocationRule;
import uk.safeguard.work.OpenCase;

/**
 * While a section 47 enquiry is open on a case, only a registered social worker may lead it (WT2023 seeds 000 lines
 * 2791, 2817: "The lead practitioner for section 47 enquiries should be a social worker").
 */
@Component
public class Section47AllocationRule implements AllocationRule {
    private final ProtectionRepository repository;
    private final UserDirectory users;

    public Section47AllocationRule(ProtectionRepository repository, UserDirectory users) {
        this.repository = repository;
        this.users = users;
    }

    @Override
    public Optional<String> refusal(OpenCase openCase, long workerId) {
        if (repository.openEnquiryOnCase(openCase.id()).isEmpty()) {
            return Optional.empty();
        }
        Optional<CurrentUser> worker = users.findById(workerId);
        if (worker.isPresent() && worker.get().role().isRegisteredSocialWorker()) {
            return Optional.empty();
        }
        return Optional.of("A section 47 enquiry is open on case " + openCase.id() + ": its lead practitioner must be a registered "
                + "social worker (WT2023 chapter 3), and " + worker.map(w -> w.displayName() + " (" + w.role().label() + ")")
                .orElse("user " + workerId) + " is not one.");
    }
}
