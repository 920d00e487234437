package uk.safeguard.work;

import java.util.Optional;

/**
 * A rule another module puts on who may lead a case, consulted when a lead practitioner is allocated or changed.
 * E.g. protection: for a section 47 enquiry or a child protection plan the lead practitioner must be a registered
 * social worker (WT2023 para 156 and chapter 3). Implemented as Spring beans by the modules that own such work.
 */
public interface AllocationRule {

    /** Why this worker may not lead this case, or empty when they may. */
    Optional<String> refusal(OpenCase openCase, long workerId);
}
