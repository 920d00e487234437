package uk.safeguard.assessment.internal;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;

/**
 * {@code ssd_assessment_factors} ↔ column {@code assessment.factors}: one row per assessment.
 * <ul>
 * <li>cinf_table_id → registered as SsdKind.ASSESSMENT_FACTORS naming the assessment's own id (so an assessment made
 * here exports its factors row as {@code SGX<assessment id>}).</li>
 * <li>cinf_assessment_id → the assessment (ASSESSMENT); cinf_assessment_factors_json (a JSON array of CIN census codes,
 * {@code ref_assessment_factor}) → factors, in the order given.</li>
 * </ul>
 * The chronology entry is the UI's ASSESSMENT_UPDATED ("factors"), dated when the assessment was authorised (else
 * started). The factors become the assessment's as recorded in the UI; assessments without factors export no row.
 */
@Component
public class AssessmentFactorsSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_assessment_factors",
            List.of("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json"), "cinf_table_id", SsdKind.ASSESSMENT_FACTORS,
            null, SsdOrder.ASSESSMENT_FACTORS);

    private final JdbcClient jdbc;
    private final AssessmentRepository repository;
    private final AuditTrail audit;
    private volatile Seen seen;

    public AssessmentFactorsSsdHandler(JdbcClient jdbc, AssessmentRepository repository, AuditTrail audit) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        row.required("cinf_table_id");
        String assessment = row.required("cinf_assessment_id");
        if (assessment != null && ctx.requireKnown(row, "cinf_assessment_id", SsdKind.ASSESSMENT, "ssd_cin_assessments") != null
                && !seen(ctx).add(assessment)) {
            row.error("cinf_assessment_id", "unique", "Assessment " + assessment + " already has a row of factors in this import: "
                    + "give each assessment's factors in one row");
        }
        if (row.required("cinf_assessment_factors_json") != null) {
            factors(row);
        }
    }

    /** The codes in the order given, each checked against the CIN census list; 21 only on its own. */
    private List<String> factors(SsdRow row) {
        JsonNode node = row.json("cinf_assessment_factors_json");
        if (node == null) {
            return List.of();
        }
        String f = "cinf_assessment_factors_json";
        if (!node.isArray()) {
            row.error(f, "json", f + " must be a JSON array of factor codes, e.g. [\"3A\",\"4B\"]");
            return List.of();
        }
        Map<String, String> known = repository.factors();
        List<String> codes = new ArrayList<>();
        for (JsonNode n : node) {
            String code = n.isString() ? n.asString().strip() : n.toString();
            if (!known.containsKey(code)) {
                row.error(f, "code:assessment_factors", f + " has \"" + code + "\", which is not a code of the assessment_factors list");
            } else if (codes.contains(code)) {
                row.error(f, "unique", f + " lists \"" + code + "\" twice");
            } else {
                codes.add(code);
            }
        }
        if (codes.isEmpty() && node.isEmpty()) {
            row.error(f, "required", f + " must list at least one factor (21 when no factors were identified)");
        }
        // CIN census: 21 "No factors identified" is used only on its own (assessment_factors.yml).
        if (codes.contains(Assessments.NO_FACTORS) && codes.size() > 1) {
            row.error(f, "code:assessment_factors", f + ": 21, no factors identified, cannot be combined with other factors");
        }
        return codes;
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        Long[] ids = new Long[rows.size()];
        String[] factors = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            SsdRow row = rows.get(i);
            ids[i] = ctx.localId(SsdKind.ASSESSMENT, row.get("cinf_assessment_id"));
            factors[i] = String.join(",", factors(row));
            ctx.register(SsdKind.ASSESSMENT_FACTORS, row.get("cinf_table_id"), ids[i]);
        }
        // One statement for the batch; the chronology entries from what it changed.
        List<ImportedChange> changes = new ArrayList<>();
        jdbc.sql("""
                update assessment a set factors = string_to_array(d.factors, ',')
                  from unnest(?::bigint[], ?::text[]) d(id, factors)
                 where a.id = d.id
                returning a.id, a.child_id, coalesce(a.authorised_at, a.started_at) as at, d.factors""")
                .params(ids, factors).query((ResultSet rs) -> {
                    Instant at = rs.getTimestamp("at").toInstant();
                    changes.add(new ImportedChange(rs.getLong("child_id"), at, Change.of("assessment", rs.getLong("id"), "ASSESSMENT_UPDATED",
                            "Assessment updated: factors (imported from the SSD)")
                            .withValues(null, AssessmentSsdHandler.values("factors", rs.getString("factors")))));
                });
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        jdbc.sql("select id, factors from assessment where cardinality(factors) > 0 order by id").withFetchSize(2000).query((ResultSet rs) -> {
            long id = rs.getLong("id");
            out.row(List.of(ctx.ssdId(SsdKind.ASSESSMENT_FACTORS, id), ctx.ssdId(SsdKind.ASSESSMENT, id),
                    SsdFormat.json(AssessmentSsdHandler.texts(rs.getArray("factors")))));
        });
    }

    private Set<String> seen(SsdImportContext ctx) {
        Seen s = seen;
        if (s == null || !s.importId().equals(ctx.importId())) {
            s = new Seen(ctx.importId(), new HashSet<>());
            seen = s;
        }
        return s.assessments();
    }

    private record Seen(String importId, Set<String> assessments) {}
}
