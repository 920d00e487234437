package uk.safeguard.access.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;
import uk.safeguard.platform.BulkCopy;

/**
 * {@code ssd_professionals} ↔ {@code app_user} of the local authority's children's social care agency, with no
 * password (they cannot sign in until an administrator sets one).
 * <ul>
 *   <li>{@code prof_professional_id} → the user (kind PROFESSIONAL); {@code prof_staff_id} → {@code staff_id} verbatim and
 *   the username in lower case (unique); {@code prof_professional_name} → {@code display_name}</li>
 *   <li>{@code prof_professional_job_title} → {@code job_title}, and the role (docs/SSD-FORMAT.md): "Team Manager" → team
 *   manager; "Conference Chair" or "IRO" → conference chair; "Early Help" → early help practitioner; else social worker</li>
 *   <li>{@code prof_professional_department} (a {@code dept_team_id}) → {@code team_id}; registration number, caseload,
 *   full-time equivalency and agency-worker flag → columns of the same names</li>
 * </ul>
 */
@Component
public class ProfessionalSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_professionals",
            List.of("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no",
                    "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department",
                    "prof_full_time_equivalency", "prof_agency_worker_flag"),
            "prof_professional_id", SsdKind.PROFESSIONAL, null, SsdOrder.PROFESSIONALS);
    /** Social Work England registration numbers: SW followed by digits. */
    private static final Pattern REGISTRATION = Pattern.compile("SW\\d{1,10}");
    private static final Pattern IRO = Pattern.compile("\\bIRO\\b");
    private static final Set<Role> PRACTITIONER_ROLES = Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.CONFERENCE_CHAIR,
            Role.EARLY_HELP_PRACTITIONER);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final DepartmentSsdHandler departments;
    private final Clock clock;
    private final PerImport<Set<String>> staffIdsByImport = new PerImport<>(HashSet::new);

    public ProfessionalSsdHandler(JdbcClient jdbc, BulkCopy bulk, DepartmentSsdHandler departments, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    /** The role a job title gives (docs/SSD-FORMAT.md, ssd_professionals). */
    public static Role roleFor(String jobTitle) {
        String t = jobTitle == null ? "" : jobTitle.toLowerCase(Locale.ROOT);
        if (t.contains("team manager")) {
            return Role.TEAM_MANAGER;
        }
        if (t.contains("conference chair") || (jobTitle != null && IRO.matcher(jobTitle).find())) {
            return Role.CONFERENCE_CHAIR;
        }
        if (t.contains("early help")) {
            return Role.EARLY_HELP_PRACTITIONER;
        }
        return Role.SOCIAL_WORKER;
    }

    @Override
    public synchronized void check(SsdRow row, SsdImportContext ctx) {
        row.required("prof_professional_id");
        String staffId = row.required("prof_staff_id");
        row.text("prof_staff_id", 60);
        row.required("prof_professional_name");
        row.text("prof_professional_name", 200);
        String registration = row.get("prof_social_worker_registration_no");
        if (registration != null && !REGISTRATION.matcher(registration).matches()) {
            row.error("prof_social_worker_registration_no", "format", "prof_social_worker_registration_no must be a Social Work England "
                    + "registration number such as SW123456 (it is \"" + registration + "\")");
        }
        row.text("prof_professional_job_title", 200);
        Integer caseload = row.integer("prof_professional_caseload");
        if (caseload != null && caseload < 0) {
            row.error("prof_professional_caseload", "min:0", "prof_professional_caseload cannot be negative");
        }
        ctx.requireKnown(row, "prof_professional_department", SsdKind.TEAM, "ssd_department");
        Double fte = row.decimal("prof_full_time_equivalency");
        if (fte != null && (fte < 0 || fte > 2)) {
            row.error("prof_full_time_equivalency", "range", "prof_full_time_equivalency must be between 0 and 2 (1 = full time)");
        }
        row.flag("prof_agency_worker_flag");
        if (staffId != null) {
            String username = staffId.toLowerCase(Locale.ROOT);
            Set<String> seen = staffIdsByImport.of(ctx.importId());
            if (!seen.add(username)) {
                row.error("prof_staff_id", "unique", "prof_staff_id \"" + staffId + "\" is used by another row of ssd_professionals");
            } else if (jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username).query(Boolean.class).single()) {
                row.error("prof_staff_id", "unique", "prof_staff_id \"" + staffId + "\" would be the user name " + username
                        + ", which another user already has: give this professional another staff id");
            }
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        long agencyId = departments.childrensSocialCare();
        long[] ids = bulk.nextIds("app_user", rows.size());
        List<Object[]> out = new ArrayList<>(rows.size());
        java.time.Instant now = clock.instant();
        for (int i = 0; i < rows.size(); i++) {
            SsdRow r = rows.get(i);
            String staffId = r.get("prof_staff_id");
            String title = r.get("prof_professional_job_title");
            String dept = r.get("prof_professional_department");
            Double fte = r.decimal("prof_full_time_equivalency");
            out.add(new Object[] {ids[i], staffId.toLowerCase(Locale.ROOT), r.get("prof_professional_name"), roleFor(title).name(),
                    agencyId, dept == null ? null : ctx.localId(SsdKind.TEAM, dept), null, true, now, staffId,
                    r.get("prof_social_worker_registration_no"), title, r.integer("prof_professional_caseload"),
                    fte == null ? null : new BigDecimal(r.get("prof_full_time_equivalency")).toPlainString(),
                    r.flag("prof_agency_worker_flag")});
            ctx.register(SsdKind.PROFESSIONAL, r.get("prof_professional_id"), ids[i]);
        }
        bulk.copy("app_user", List.of("id", "username", "display_name", "role", "agency_id", "team_id", "password_hash", "active",
                "created_at", "staff_id", "registration_number", "job_title", "caseload", "full_time_equivalency", "agency_worker"), out);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        jdbc.sql("""
                select u.id, u.username, u.display_name, u.role, u.team_id, u.staff_id, u.registration_number, u.job_title,
                       u.caseload, u.full_time_equivalency, u.agency_worker
                  from app_user u join agency a on a.id = u.agency_id
                 where a.agency_type = 'LA_CHILDRENS_SOCIAL_CARE' and (u.staff_id is not null or u.role = any(?::text[]))
                 order by u.id""")
                .param(PRACTITIONER_ROLES.stream().map(Enum::name).toArray(String[]::new))
                .query(rs -> {
                    boolean imported = rs.getString("staff_id") != null;
                    BigDecimal fte = rs.getBigDecimal("full_time_equivalency");
                    Integer caseload = rs.getObject("caseload", Integer.class);
                    out.row(Arrays.asList(ctx.ssdId(SsdKind.PROFESSIONAL, rs.getLong("id")),
                            imported ? rs.getString("staff_id") : rs.getString("username"),
                            rs.getString("display_name"), rs.getString("registration_number"),
                            imported ? rs.getString("job_title") : Role.valueOf(rs.getString("role")).label(),
                            caseload == null ? null : caseload.toString(),
                            ctx.ssdId(SsdKind.TEAM, rs.getObject("team_id", Long.class)),
                            fte == null ? null : fte.toPlainString(),
                            SsdFormat.flag(rs.getObject("agency_worker", Boolean.class))));
                });
    }
}
