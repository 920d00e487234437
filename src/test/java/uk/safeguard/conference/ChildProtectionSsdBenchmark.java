package uk.safeguard.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/**
 * Not part of the suite (run it by name: {@code mvn -o -q -Pbench test -Dtest=ChildProtectionSsdBenchmark}): imports 300,000
 * child protection rows (20,000 enquiries, conferences and plans, 200,000 visits, 40,000 reviews for 200 children) and
 * exports them, printing the times. On the shared 2-core machine: import 51 s, export 7 s.
 */
@org.junit.jupiter.api.Tag("benchmark")
class ChildProtectionSsdBenchmark extends IntegrationTest {
    @Autowired SsdMigration migration;
    @Autowired PeopleRegister people;

    @Test
    void importsAndExportsThreeHundredThousandRows() {
        String p = "s" + UUID.randomUUID().toString().substring(0, 6);
        long child0 = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child0);
        SsdFiles.registerExisting(jdbc, SsdKind.REFERRAL, p + "R", r.referralId());
        SsdFiles.registerExisting(jdbc, SsdKind.CASE, p + "R", r.caseId());
        int children = 200, plansEach = 100;
        for (int c = 0; c < children; c++) {
            SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P" + c, TestChildren.register(people));
        }
        StringBuilder s47 = new StringBuilder(ChildProtectionSsdImportTest.S47), icpc = new StringBuilder(ChildProtectionSsdImportTest.ICPC),
                plans = new StringBuilder(ChildProtectionSsdImportTest.PLANS), visits = new StringBuilder(ChildProtectionSsdImportTest.VISITS),
                reviews = new StringBuilder(ChildProtectionSsdImportTest.REVIEWS);
        String s47json = "\"{\"\"CP_CONFERENCE_FLAG\"\":\"\"Y\"\"}\"";
        String icpcJson = "\"{\"\"CP_FLAG\"\":\"\"Y\"\"}\"";
        int n = 0;
        for (int c = 0; c < children; c++) {
            for (int k = 0; k < plansEach; k++) {
                n++;
                LocalDate start = LocalDate.of(2016, 1, 4).plusDays(k * 30L);
                String P = p + "P" + c;
                s47.append(p).append("Q").append(n).append(',').append(p).append("R,").append(P).append(',').append(start.minusDays(10)).append(',')
                        .append(start.minusDays(1)).append(",N,").append(s47json).append(",,\n");
                icpc.append(p).append("O").append(n).append(",M,").append(p).append("Q").append(n).append(',').append(P).append(',').append(p).append("U").append(n)
                        .append(',').append(p).append("R,N,").append(start).append(',').append(start).append(",Y,").append(icpcJson).append(",,\n");
                plans.append(p).append("U").append(n).append(',').append(p).append("R,").append(p).append("O").append(n).append(',').append(P).append(',')
                        .append(start).append(',').append(start.plusDays(20)).append(",NEG,N,PHY\n");
                for (int v = 1; v <= 10; v++) {
                    visits.append(p).append("Z").append(n).append("x").append(v).append(',').append(P).append(',').append(p).append("U").append(n).append(',')
                            .append(start.plusDays(v)).append("T10:00:00,Y,N,Y\n");
                }
                for (int v : new int[] {5, 19}) {
                    reviews.append(p).append("E").append(n).append("x").append(v).append(',').append(P).append(',').append(p).append("U").append(n).append(',')
                            .append(start.plusDays(v)).append(',').append(start.plusDays(v)).append(",M,Y,Y,N\n");
                }
            }
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ssd_s47_enquiry.csv", s47.toString());
        f.put("ssd_initial_cp_conference.csv", icpc.toString());
        f.put("ssd_cp_plans.csv", plans.toString());
        f.put("ssd_cp_visits.csv", visits.toString());
        f.put("ssd_cp_reviews.csv", reviews.toString());
        long t0 = System.nanoTime();
        SsdImportResult result = SsdFiles.importCsv(migration, f);
        long t1 = System.nanoTime();
        System.out.println("SCALE import " + result.rowsRead() + " rows in " + (t1 - t0) / 1_000_000 + " ms; errors " + result.errors().stream().limit(5).toList());
        assertThat(result.succeeded()).isTrue();
        long t2 = System.nanoTime();
        Map<String, String> out = SsdFiles.export(migration);
        System.out.println("SCALE export in " + (System.nanoTime() - t2) / 1_000_000 + " ms, visits chars " + out.get("ssd_cp_visits.csv").length());
    }
}
