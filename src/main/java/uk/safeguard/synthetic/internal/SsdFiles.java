package uk.safeguard.synthetic.internal;

import java.util.List;

/** The files the generator writes, with their headers exactly as docs/SSD-FORMAT.md lists them, in import order. */
public enum SsdFiles {
    DEPARTMENT("ssd_department", "dept_team_id, dept_team_name, dept_team_parent_id, dept_team_parent_name"),
    PROFESSIONALS("ssd_professionals", "prof_professional_id, prof_staff_id, prof_professional_name, "
            + "prof_social_worker_registration_no, prof_professional_job_title, prof_professional_caseload, "
            + "prof_professional_department, prof_full_time_equivalency, prof_agency_worker_flag"),
    PERSON("ssd_person", "pers_person_id, pers_forename, pers_surname, pers_sex, pers_gender, pers_ethnicity, pers_dob, "
            + "pers_common_child_id, pers_legacy_id, pers_upn_unknown, pers_send_flag, pers_expected_dob, pers_death_date, "
            + "pers_is_mother, pers_nationality"),
    FAMILY("ssd_family", "fami_table_id, fami_family_id, fami_person_id"),
    ADDRESS("ssd_address", "addr_table_id, addr_address_json, addr_person_id, addr_address_type, addr_address_start_date, "
            + "addr_address_end_date, addr_address_postcode"),
    DISABILITY("ssd_disability", "disa_person_id, disa_table_id, disa_disability_code"),
    MOTHER("ssd_mother", "moth_table_id, moth_person_id, moth_childs_person_id, moth_childs_dob"),
    RELATIONSHIPS("sg_relationships", "rela_table_id, rela_person_id, rela_related_person_id, rela_relationship_type, "
            + "rela_parental_responsibility, rela_start_date, rela_end_date"),
    CONTACTS("ssd_contacts", "cont_contact_id, cont_person_id, cont_contact_date, cont_contact_source_code, "
            + "cont_contact_source_desc, cont_contact_outcome_json"),
    CIN_EPISODES("ssd_cin_episodes", "cine_referral_id, cine_person_id, cine_referral_date, cine_cin_primary_need_code, "
            + "cine_referral_source_code, cine_referral_source_desc, cine_referral_outcome_json, cine_referral_nfa, "
            + "cine_close_reason, cine_close_date, cine_referral_team, cine_referral_worker_id"),
    INVOLVEMENTS("ssd_involvements", "invo_involvements_id, invo_professional_id, invo_professional_role_id, "
            + "invo_professional_team, invo_involvement_start_date, invo_involvement_end_date, invo_worker_change_reason, "
            + "invo_person_id, invo_referral_id"),
    CIN_ASSESSMENTS("ssd_cin_assessments", "cina_assessment_id, cina_person_id, cina_referral_id, "
            + "cina_assessment_start_date, cina_assessment_child_seen, cina_assessment_auth_date, "
            + "cina_assessment_outcome_json, cina_assessment_outcome_nfa, cina_assessment_team, cina_assessment_worker_id"),
    ASSESSMENT_FACTORS("ssd_assessment_factors", "cinf_table_id, cinf_assessment_id, cinf_assessment_factors_json"),
    CIN_PLANS("ssd_cin_plans", "cinp_cin_plan_id, cinp_referral_id, cinp_person_id, cinp_cin_plan_start_date, "
            + "cinp_cin_plan_end_date, cinp_cin_plan_team, cinp_cin_plan_worker_id"),
    CIN_VISITS("ssd_cin_visits", "cinv_cin_visit_id, cinv_person_id, cinv_cin_visit_date, cinv_cin_visit_seen, "
            + "cinv_cin_visit_seen_alone, cinv_cin_visit_bedroom"),
    S47_ENQUIRY("ssd_s47_enquiry", "s47e_s47_enquiry_id, s47e_referral_id, s47e_person_id, s47e_s47_start_date, "
            + "s47e_s47_end_date, s47e_s47_nfa, s47e_s47_outcome_json, s47e_s47_completed_by_worker_id, "
            + "s47e_s47_completed_by_team"),
    INITIAL_CP_CONFERENCE("ssd_initial_cp_conference", "icpc_icpc_id, icpc_icpc_meeting_id, icpc_s47_enquiry_id, "
            + "icpc_person_id, icpc_cp_plan_id, icpc_referral_id, icpc_icpc_transfer_in, icpc_icpc_target_date, "
            + "icpc_icpc_date, icpc_icpc_outcome_cp_flag, icpc_icpc_outcome_json, icpc_icpc_team, icpc_icpc_worker_id"),
    CP_PLANS("ssd_cp_plans", "cppl_cp_plan_id, cppl_referral_id, cppl_icpc_id, cppl_person_id, cppl_cp_plan_start_date, "
            + "cppl_cp_plan_end_date, cppl_cp_plan_initial_category, cppl_cp_plan_ola, cppl_cp_plan_latest_category"),
    CP_VISITS("ssd_cp_visits", "cppv_cp_visit_id, cppv_person_id, cppv_cp_plan_id, cppv_cp_visit_date, "
            + "cppv_cp_visit_seen, cppv_cp_visit_seen_alone, cppv_cp_visit_bedroom"),
    CP_REVIEWS("ssd_cp_reviews", "cppr_cp_review_id, cppr_person_id, cppr_cp_plan_id, cppr_cp_review_due, "
            + "cppr_cp_review_date, cppr_cp_review_meeting_id, cppr_cp_review_outcome_continue_cp, "
            + "cppr_cp_review_quorate, cppr_cp_review_participation");

    private final String object;
    private final List<String> header;

    SsdFiles(String object, String header) {
        this.object = object;
        this.header = List.of(header.split(",\\s*"));
    }

    public String object() {
        return object;
    }

    public String fileName() {
        return object + ".csv";
    }

    public List<String> header() {
        return header;
    }
}
