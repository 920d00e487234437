package uk.safeguard.returns.internal;

/**
 * One item inside a child's DfE API record, as last sent: {@code type} names the payload array (episode,
 * assessment, cin_plan, section_47, cp_plan), {@code id} its id there, {@code episode} the episode it sat in
 * (null for an episode).
 */
public record DfeApiSentItem(String type, String id, String episode) {
    public static final String EPISODE = "episode";
    public static final String ASSESSMENT = "assessment";
    public static final String CIN_PLAN = "cin_plan";
    public static final String SECTION_47 = "section_47";
    public static final String CP_PLAN = "cp_plan";

    /** The payload array this kind of item sits in, and the name of its id property. */
    public String arrayName() {
        return switch (type) {
            case ASSESSMENT -> "child_and_family_assessments";
            case CIN_PLAN -> "child_in_need_plans";
            case SECTION_47 -> "section_47_assessments";
            case CP_PLAN -> "child_protection_plans";
            default -> "social_care_episodes";
        };
    }

    public String idProperty() {
        return switch (type) {
            case ASSESSMENT -> "child_and_family_assessment_id";
            case CIN_PLAN -> "child_in_need_plan_id";
            case SECTION_47 -> "section_47_assessment_id";
            case CP_PLAN -> "child_protection_plan_id";
            default -> "social_care_episode_id";
        };
    }
}
