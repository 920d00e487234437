package uk.safeguard.access.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;
import uk.safeguard.platform.BulkCopy;

/**
 * {@code ssd_department} ↔ {@code team} of the local authority's children's social care agency.
 * <ul>
 *   <li>{@code dept_team_id} → the team (kind TEAM); {@code dept_team_name} → {@code team.name} (unique: a team of that
 *   name already in Safeguard is taken as this one rather than duplicated)</li>
 *   <li>{@code dept_team_parent_id}, {@code dept_team_parent_name} → {@code team.parent_ssd_id}, {@code parent_name}
 *   verbatim, and {@code parent_team_id} when the parent is a team of the import</li>
 * </ul>
 */
@Component
public class DepartmentSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_department",
            List.of("dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name"),
            "dept_team_id", SsdKind.TEAM, null, SsdOrder.DEPARTMENT);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final UserRepository users;
    /** Names seen in the current import's file (duplicates are an error), and teams whose parent comes later in the file. */
    private final PerImport<Set<String>> namesByImport = new PerImport<>(HashSet::new);
    private final PerImport<Map<String, List<Long>>> waitingForParent = new PerImport<>(HashMap::new);

    public DepartmentSsdHandler(JdbcClient jdbc, BulkCopy bulk, UserRepository users) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.users = users;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public synchronized void check(SsdRow row, SsdImportContext ctx) {
        row.required("dept_team_id");
        row.text("dept_team_id", 20);
        String name = row.required("dept_team_name");
        row.text("dept_team_parent_id", 20);
        row.text("dept_team_parent_name", 200);
        if (name != null) {
            Set<String> names = namesByImport.of(ctx.importId());
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                row.error("dept_team_name", "unique", "dept_team_name \"" + name + "\" is used by another row of ssd_department: "
                        + "team names are unique");
            }
        }
    }

    @Override
    public synchronized void write(List<SsdRow> rows, SsdImportContext ctx) {
        long agencyId = childrensSocialCare();
        Map<String, Long> existing = new HashMap<>();
        jdbc.sql("select id, name from team where lower(name) = any(?::text[])")
                .param(rows.stream().map(r -> r.get("dept_team_name").toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1))).list()
                .forEach(e -> existing.put(e.getKey(), e.getValue()));
        List<SsdRow> fresh = rows.stream().filter(r -> !existing.containsKey(r.get("dept_team_name").toLowerCase(Locale.ROOT))).toList();
        long[] ids = bulk.nextIds("team", fresh.size());
        Map<String, Long> idBySsd = new HashMap<>();
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            SsdRow r = fresh.get(i);
            idBySsd.put(r.get("dept_team_id"), ids[i]);
            out.add(new Object[] {ids[i], r.get("dept_team_name"), agencyId, r.get("dept_team_parent_id"), r.get("dept_team_parent_name")});
        }
        bulk.copy("team", List.of("id", "name", "agency_id", "parent_ssd_id", "parent_name"), out);
        for (SsdRow r : rows) {
            String ssdId = r.get("dept_team_id");
            Long id = idBySsd.get(ssdId);
            if (id == null) {
                // the team already exists under this name: keep its parent as the file gives it
                id = existing.get(r.get("dept_team_name").toLowerCase(Locale.ROOT));
                jdbc.sql("update team set parent_ssd_id = ?, parent_name = ? where id = ?")
                        .params(r.get("dept_team_parent_id"), r.get("dept_team_parent_name"), id).update();
            }
            ctx.register(SsdKind.TEAM, ssdId, id);
            idBySsd.put(ssdId, id);
        }
        // parents: now known, or a team later in the file (resolved when it is written)
        Map<String, List<Long>> waiting = waitingForParent.of(ctx.importId());
        List<Object[]> links = new ArrayList<>();
        for (SsdRow r : rows) {
            long id = idBySsd.get(r.get("dept_team_id"));
            String parent = r.get("dept_team_parent_id");
            if (parent == null) {
                continue;
            }
            Long parentId = ctx.localId(SsdKind.TEAM, parent);
            if (parentId != null) {
                links.add(new Object[] {id, parentId});
            } else {
                waiting.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
        }
        for (SsdRow r : rows) {
            List<Long> children = waiting.remove(r.get("dept_team_id"));
            if (children != null) {
                children.forEach(c -> links.add(new Object[] {c, idBySsd.get(r.get("dept_team_id"))}));
            }
        }
        if (!links.isEmpty()) {
            jdbc.sql("""
                    update team t set parent_team_id = l.parent from unnest(?::bigint[], ?::bigint[]) as l(child, parent)
                     where t.id = l.child and l.child <> l.parent""")
                    .params(links.stream().map(l -> (Long) l[0]).toArray(Long[]::new), links.stream().map(l -> (Long) l[1]).toArray(Long[]::new))
                    .update();
        }
    }

    long childrensSocialCare() {
        return jdbc.sql("""
                select id from agency where agency_type = 'LA_CHILDRENS_SOCIAL_CARE' order by (code = ?) desc, id limit 1""")
                .param(AdminBootstrap.AGENCY_CODE).query(Long.class).optional()
                .orElseGet(() -> users.agencyIfMissing(AdminBootstrap.AGENCY_CODE, "Children's Services",
                        uk.safeguard.access.AgencyType.LA_CHILDRENS_SOCIAL_CARE));
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        jdbc.sql("""
                select t.id, t.name, t.parent_team_id, t.parent_ssd_id, t.parent_name, p.name as parent_team_name
                  from team t join agency a on a.id = t.agency_id left join team p on p.id = t.parent_team_id
                 where a.agency_type = 'LA_CHILDRENS_SOCIAL_CARE' order by t.id""")
                .query(rs -> {
                    Long parentTeam = rs.getObject("parent_team_id", Long.class);
                    String parentId = rs.getString("parent_ssd_id") != null ? rs.getString("parent_ssd_id") : ctx.ssdId(SsdKind.TEAM, parentTeam);
                    String parentName = rs.getString("parent_ssd_id") != null ? rs.getString("parent_name") : rs.getString("parent_team_name");
                    out.row(java.util.Arrays.asList(ctx.ssdId(SsdKind.TEAM, rs.getLong("id")), rs.getString("name"), parentId, parentName));
                });
    }
}
