package uk.safeguard.assessment.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.work.CaseClosed;

/** When a case closes, its assessments not yet authorised are withdrawn (in the closing transaction). */
@Component
class AssessmentCaseClosure {
    private final Assessments assessments;

    AssessmentCaseClosure(Assessments assessments) {
        this.assessments = assessments;
    }

    @EventListener
    void on(CaseClosed closed) {
        assessments.withdrawOnClosure(closed);
    }
}
