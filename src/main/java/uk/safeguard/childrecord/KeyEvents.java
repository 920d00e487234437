package uk.safeguard.childrecord;

import java.util.List;
import java.util.Set;
import uk.safeguard.audit.ChronologyEntry;

/**
 * The chronology's "key events" view: the milestones of the child's journey (WT2023 chapter 3) and the case notes a
 * practitioner flagged as a significant event, without the everyday entries (tasks, invitations, parts of a form).
 * A reader of ten years of history starts here; the full chronology is one link away.
 */
public final class KeyEvents {
    /** Audit actions that are milestones, named as the modules record them; SIGNIFICANT_EVENT is the flagged case note. */
    static final Set<String> ACTIONS = Set.of(
            "SIGNIFICANT_EVENT",
            // a statutory or local timescale missed (ClockChronology)
            "CLOCK_MISSED",
            // front door
            "CONTACT_RECEIVED", "CONTACT_DECIDED", "REFERRAL_RECEIVED", "REFERRAL_DECISION_MADE",
            // cases and allocation
            "CASE_OPENED", "CASE_ALLOCATED", "LEAD_PRACTITIONER_CHANGED", "CASE_CLOSED",
            // assessment and children in need
            "ASSESSMENT_STARTED", "ASSESSMENT_PART_OF_SECTION_47", "ASSESSMENT_AUTHORISED", "CIN_PLAN_STARTED", "CIN_PLAN_ENDED",
            // protection and conferences
            "EMERGENCY_ACTION_TAKEN", "POLICE_PROTECTION_ENDED", "STRATEGY_DISCUSSION_HELD", "S47_STARTED", "S47_OUTCOME",
            "CONFERENCE_REQUESTED", "CONFERENCE_HELD", "CP_PLAN_STARTED", "CP_PLAN_CATEGORY_CHANGED", "CP_PLAN_ENDED",
            "TRANSFER_IN_NOTIFIED", "PRE_PROCEEDINGS_RECORDED",
            // the record itself
            "RECORD_RESTRICTED", "ALERT_RAISED", "ALERT_RETIRED", "RECORD_CHALLENGED", "PERSON_MERGED");

    private KeyEvents() {}

    public static boolean isKey(ChronologyEntry entry) {
        return ACTIONS.contains(entry.action());
    }

    public static List<ChronologyEntry> only(List<ChronologyEntry> chronology) {
        return chronology.stream().filter(KeyEvents::isKey).toList();
    }
}
