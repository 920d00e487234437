package uk.safeguard.returns.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Ofsted's column headings for Annex A lists 1 and 3-7, in Ofsted's order.
 *
 * <p>Source: the Ofsted Annex A child-level data template of "Inspecting local authority children's services" (ILACS),
 * as the sector's shared Annex A tooling carries it: Social Finance / LIIA {@code liia-tools}
 * {@code liiatools/annex_a_pipeline/spec/Annex_A_schema.yml} and CSCDP {@code AnnexA_CiNCensus_Cleaner}
 * {@code config/annex_a_merge.yml} (the two agree heading for heading). Ofsted's own template could not be read
 * here; the SSD items behind each column (standards/ssd/objects, {@code returns: AnnexA}) are named beside it.
 */
final class AnnexAColumns {
    private AnnexAColumns() {}

    /** Every list starts with the child (SSD PERS001A, PERS002A, PERS004A, PERS005A). */
    static final List<String> CHILD = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
            "Age of Child (Years)");

    /** CHILD plus the disability flag (SSD DISA002A) that lists 4-7 carry. */
    static final List<String> CHILD_WITH_DISABILITY = concat(CHILD, List.of("Does the Child have a Disability"));

    /** List 1: contacts (SSD CONT003A, CONT004A). */
    static final List<String> LIST_1 = concat(CHILD, List.of("Date of Contact", "Contact Source"));

    /** List 3: referrals (SSD CINE003A, CINE004A, CINE011A, CINE008A, CINE009A). */
    static final List<String> LIST_3 = concat(CHILD, List.of("Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"));

    /** List 4: assessments (SSD CINA004A, CINA005A, CINA006A/CINA009A, CINA007A, CINA008A). */
    static final List<String> LIST_4 = concat(CHILD_WITH_DISABILITY, List.of("Continuous Assessment Start Date",
            "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
            "Was the child assessed as requiring LA children's social care support?", "Allocated Team",
            "Allocated Worker"));

    /** List 5: section 47 enquiries and ICPCs (SSD S47E004A, S47E006A, ICPC005A, ICPC013A, ICPC007A, ICPC008A). */
    static final List<String> LIST_5 = concat(CHILD_WITH_DISABILITY, List.of(
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?",
            "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
            "Allocated Team", "Allocated Worker"));

    /** List 6: children in need (SSD CINE003A, CINE010A, CINV004A, CINP004A, CINP005A, CINP006A). */
    static final List<String> LIST_6 = concat(CHILD_WITH_DISABILITY, List.of("CIN Start Date", "Primary Need Code",
            "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team",
            "Allocated Worker"));

    /** List 7: child protection (SSD CPPL003A, CPPL009A, CPPL010A, CPPV003A, CPPV005A, CPPR004A, CPPL004A). */
    static final List<String> LIST_7 = concat(CHILD_WITH_DISABILITY, List.of("Child Protection Plan Start Date",
            "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
            "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
