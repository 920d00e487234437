package uk.safeguard.platform;

import java.util.List;

/**
 * The statutory-return rules (DfE CIN census validation) applied to one child's record while it is being entered,
 * so that a worker sees a problem when saving, not in April. Implemented by the returns module; the pages where
 * referrals, assessments, enquiries, conferences, plans and closures are recorded show the findings. Lives in
 * platform so that those modules can ask without depending on the returns module (which reads their facts).
 */
public interface DataEntryChecks {

    /** Every rule this child's record breaks now, for the current collection year. */
    List<Finding> check(long childId);

    /**
     * One broken rule: the DfE rule code (e.g. "8925"), its message, the record it is about ("assessment 12"), the
     * CIN census item (e.g. "AssessmentAuthorisationDate") and whether it is an error (fails the return) or a query.
     */
    record Finding(String rule, String message, String subject, String item, boolean error) {}
}
