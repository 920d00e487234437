package uk.safeguard.clock;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts that start and stop clocks, recorded by the modules where they happen (front door, assessment,
 * protection, partnership). Which clock each one starts or stops is data: resources/clocks/clock-definitions.yml.
 * Pass a reference (e.g. the referral or contact id) when several of the same clock can run at once for a child.
 */
public final class ClockEvents {
    // Front door (local protocol, seeds 003)
    public static final String CONTACT_RECEIVED = "CONTACT_RECEIVED";
    public static final String CONTACT_DECISION_MADE = "CONTACT_DECISION_MADE";
    public static final String CONTACT_HELD_IN_MASH = "CONTACT_HELD_IN_MASH";
    public static final String MASH_HOLD_DECISION_MADE = "MASH_HOLD_DECISION_MADE";
    public static final String CONTACT_PASSED_TO_EARLY_HELP = "CONTACT_PASSED_TO_EARLY_HELP";
    public static final String EARLY_HELP_CONTACT_COMPLETED = "EARLY_HELP_CONTACT_COMPLETED";
    /** The contact was matched to the wrong child: that child's contact clocks are withdrawn (neither met nor missed). */
    public static final String CONTACT_CHILD_CORRECTED = "CONTACT_CHILD_CORRECTED";

    // Referral and assessment (WT2023 paras 153, 155)
    public static final String REFERRAL_RECEIVED = "REFERRAL_RECEIVED";
    public static final String REFERRER_ACKNOWLEDGED = "REFERRER_ACKNOWLEDGED";
    public static final String REFERRAL_DECISION_MADE = "REFERRAL_DECISION_MADE";
    /** The referral needs no s17 assessment (e.g. NFA): the assessment clock is cancelled, not missed. */
    public static final String REFERRAL_CLOSED_WITHOUT_ASSESSMENT = "REFERRAL_CLOSED_WITHOUT_ASSESSMENT";
    public static final String ASSESSMENT_AUTHORISED = "ASSESSMENT_AUTHORISED";
    /** The single assessment started: the DfE timeliness measure runs from here to authorisation (DOMAIN.md section 4). */
    public static final String ASSESSMENT_STARTED = "ASSESSMENT_STARTED";
    /** The assessment ended without authorisation (e.g. the episode closed): the DfE-measure clock is cancelled. */
    public static final String ASSESSMENT_WITHDRAWN = "ASSESSMENT_WITHDRAWN";

    // Children in need (reference: the CIN plan id)
    public static final String CIN_PLAN_STARTED = "CIN_PLAN_STARTED";
    public static final String CIN_PLAN_REVIEWED = "CIN_PLAN_REVIEWED";
    public static final String CIN_PLAN_ENDED = "CIN_PLAN_ENDED";

    // Protection
    /** Emergency action (EPO, police protection, other) taken: a strategy discussion must follow as soon as possible. */
    public static final String EMERGENCY_ACTION_TAKEN = "EMERGENCY_ACTION_TAKEN";
    public static final String STRATEGY_DISCUSSION_HELD = "STRATEGY_DISCUSSION_HELD";
    public static final String POLICE_PROTECTION_STARTED = "POLICE_PROTECTION_STARTED";
    public static final String POLICE_PROTECTION_ENDED = "POLICE_PROTECTION_ENDED";
    public static final String STRATEGY_DISCUSSION_S47_STARTED = "STRATEGY_DISCUSSION_S47_STARTED";
    /** The section 47 enquiry ended without a conference (not substantiated): the ICPC clock is cancelled. */
    public static final String S47_CONCLUDED_NO_CONFERENCE = "S47_CONCLUDED_NO_CONFERENCE";
    public static final String ICPC_HELD = "ICPC_HELD";
    /** Recorded at the conference that made the plan (its occurred-at is the conference's date). */
    public static final String CP_PLAN_STARTED = "CP_PLAN_STARTED";
    public static final String CORE_GROUP_MET = "CORE_GROUP_MET";
    public static final String CP_REVIEW_HELD = "CP_REVIEW_HELD";
    public static final String CP_VISIT = "CP_VISIT";
    public static final String CP_PLAN_ENDED = "CP_PLAN_ENDED";
    public static final String TRANSFER_IN_NOTIFIED = "TRANSFER_IN_NOTIFIED";
    public static final String TRANSFER_IN_CONFERENCE_HELD = "TRANSFER_IN_CONFERENCE_HELD";
    public static final String EIGHTEENTH_BIRTHDAY_REVIEW_HELD = "EIGHTEENTH_BIRTHDAY_REVIEW_HELD";

    // Allegations, serious incidents, practice reviews, child deaths (WT2023 chapters 4-6)
    public static final String ALLEGATION_RECEIVED = "ALLEGATION_RECEIVED";
    public static final String LADO_INFORMED = "LADO_INFORMED";
    public static final String SERIOUS_INCIDENT_AWARE = "SERIOUS_INCIDENT_AWARE";
    public static final String SERIOUS_INCIDENT_NOTIFIED = "SERIOUS_INCIDENT_NOTIFIED";
    public static final String RAPID_REVIEW_SENT = "RAPID_REVIEW_SENT";
    public static final String PRACTICE_REVIEW_DECIDED = "PRACTICE_REVIEW_DECIDED";
    public static final String PRACTICE_REVIEW_PUBLISHED = "PRACTICE_REVIEW_PUBLISHED";
    /** Its occurred-at is the planned date of publication (the copy to the panel is due 7 WD before it). */
    public static final String PRACTICE_REVIEW_PUBLICATION_PLANNED = "PRACTICE_REVIEW_PUBLICATION_PLANNED";
    public static final String PRACTICE_REVIEW_COPY_SENT = "PRACTICE_REVIEW_COPY_SENT";
    public static final String CORONER_INVESTIGATION_DECIDED = "CORONER_INVESTIGATION_DECIDED";
    public static final String CDR_PARTNERS_NOTIFIED = "CDR_PARTNERS_NOTIFIED";

    // Complaints (Representations Procedure Regulations 2006)
    public static final String COMPLAINT_STAGE1_RECEIVED = "COMPLAINT_STAGE1_RECEIVED";
    public static final String COMPLAINT_STAGE1_EXTENDED = "COMPLAINT_STAGE1_EXTENDED";
    public static final String COMPLAINT_STAGE1_RESPONDED = "COMPLAINT_STAGE1_RESPONDED";
    public static final String COMPLAINT_STAGE2_REQUESTED = "COMPLAINT_STAGE2_REQUESTED";
    public static final String COMPLAINT_STAGE2_EXTENDED = "COMPLAINT_STAGE2_EXTENDED";
    public static final String COMPLAINT_STAGE2_RESPONDED = "COMPLAINT_STAGE2_RESPONDED";
    public static final String COMPLAINT_STAGE3_REQUESTED = "COMPLAINT_STAGE3_REQUESTED";
    public static final String COMPLAINT_STAGE3_PANEL_HELD = "COMPLAINT_STAGE3_PANEL_HELD";

    // Partnership (subject PARTNERSHIP, not a child)
    public static final String FINANCIAL_YEAR_ENDED = "FINANCIAL_YEAR_ENDED";
    public static final String YEARLY_REPORT_PUBLISHED = "YEARLY_REPORT_PUBLISHED";
    public static final String YEARLY_REPORT_SENT = "YEARLY_REPORT_SENT";

    private ClockEvents() {}

    /** Every event type declared above. */
    public static Set<String> all() {
        return Arrays.stream(ClockEvents.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(ClockEvents::value)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
