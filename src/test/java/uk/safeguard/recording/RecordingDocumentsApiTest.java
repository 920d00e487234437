package uk.safeguard.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.recording.RecordingHttp.Part.field;
import static uk.safeguard.recording.RecordingHttp.Part.file;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.recording.internal.DocumentRepository;
import uk.safeguard.recording.internal.DocumentStorage;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.EpisodeActivity;

/** Documents through the API: allowed types, size limit, disguised files, the virus-scan hook, access and audit. */
class RecordingDocumentsApiTest extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The industry's harmless anti-virus test file (eicar.org). */
    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;
    @Autowired
    ChildAccess childAccess;
    @Autowired
    UserDirectory users;
    @Autowired
    DocumentRepository documentRepository;
    @Autowired
    java.util.List<EpisodeActivity> activities;

    private HttpResponse<String> upload(String user, long child, RecordingHttp.Part... parts) {
        return RecordingHttp.upload(baseUrl(), user, child, parts);
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void everyAllowedTypeUploadsAndDownloadsWithItsStoredTypeAndTheDownloadIsLoggedAsAView() {
        long child = TestChildren.register(people);
        String[][] files = {{"report.pdf", "application/pdf"}, {"photo.png", "image/png"}, {"scan.JPG", "image/jpeg"},
                {"letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                {"notes.odt", "application/vnd.oasis.opendocument.text"}, {"note.txt", "text/plain;charset=UTF-8"}};
        byte[][] contents = {RecordingHttp.pdf(), RecordingHttp.png(), RecordingHttp.jpeg(), RecordingHttp.docx(),
                RecordingHttp.odt(), "Visit notes: seen at home.\n".getBytes(StandardCharsets.UTF_8)};
        for (int i = 0; i < files.length; i++) {
            var r = upload("social-worker", child, file(files[i][0], contents[i]), field("title", "Document " + i),
                    field("description", "A synthetic test file"), field("documentDate", "2026-11-30"));
            assertThat(r.statusCode()).as(files[i][0] + ": " + r.body()).isEqualTo(201);
            JsonNode d = json(r);
            assertThat(d.get("contentType").asString()).isEqualTo(files[i][1]);
            assertThat(d.get("scanResult").asString()).isEqualTo("NOT_SCANNED");
            assertThat(d.get("uploadedBy").asString()).contains("Sam Okafor");

            long id = d.get("id").asLong();
            var download = RecordingHttp.download(baseUrl(), "team-manager", "/api/documents/" + id + "/content");
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(contents[i]);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith(files[i][1].split(";")[0]);
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment").contains(files[i][0]);
            assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and actor_username = 'team-manager' and what = ?")
                    .params(child, "document " + id).query(Long.class).single()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'DOCUMENT_UPLOADED'")
                .param(child).query(Long.class).single()).isEqualTo(6);
        var list = as("social-worker").get("/api/children/" + child + "/documents");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(6);
        var meta = as("social-worker").get("/api/documents/" + list.json().get(0).get("id").asLong());
        assertThat(meta.json().get("title").asString()).startsWith("Document ");
        // content kept apart from the metadata, in its own table
        assertThat(jdbc.sql("select count(*) from document_content c join document d on d.id = c.document_id where d.child_id = ?")
                .param(child).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingFile() {
        long child = TestChildren.register(people);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        System.arraycopy(RecordingHttp.pdf(), 0, big, 0, 8);
        var r = upload("social-worker", child, file("big.pdf", big), field("title", "Too big"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("field").asString()).isEqualTo("file");
        assertThat(json(r).get("message").asString()).contains("smaller than 10 MB");
        assertThat(documentRepository.ofChild(child)).isEmpty();
    }

    @Test
    void aDisguisedFileOrATypeNotOnTheListIsRefusedNamingFile() {
        long child = TestChildren.register(people);
        byte[] executable = "MZ\u0090\u0000 this is not a PDF".getBytes(StandardCharsets.ISO_8859_1);
        for (var bad : new Object[][]{{"report.pdf", executable}, {"photo.png", RecordingHttp.jpeg()},
                {"letter.docx", RecordingHttp.zipOnly()}, {"notes.odt", RecordingHttp.docx()},
                {"notes.txt", RecordingHttp.png()}, {"tool.exe", executable}, {"archive.zip", RecordingHttp.zipOnly()},
                {"noextension", RecordingHttp.pdf()}}) {
            var r = upload("social-worker", child, file((String) bad[0], (byte[]) bad[1]), field("title", "Bad"));
            assertThat(r.statusCode()).as(bad[0] + ": " + r.body()).isEqualTo(400);
            assertThat(json(r).get("field").asString()).isEqualTo("file");
        }
        assertThat(documentRepository.ofChild(child)).isEmpty();
    }

    @Test
    void missingFileTitleBadDateOrAnotherChildsCaseAreRefusedNamingTheField() {
        long child = TestChildren.register(people);
        long other = TestChildren.register(people);
        var otherCase = caseWork.openCase(Actor.SYSTEM, other, CaseKind.CHILD_IN_NEED, Instant.parse("2026-11-02T09:00:00Z"), null, null);

        var noFile = upload("social-worker", child, field("title", "No file"));
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(json(noFile).get("field").asString()).isEqualTo("file");

        var noTitle = upload("social-worker", child, file("a.pdf", RecordingHttp.pdf()));
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(json(noTitle).get("field").asString()).isEqualTo("title");

        var future = upload("social-worker", child, file("a.pdf", RecordingHttp.pdf()), field("title", "T"), field("documentDate", "2026-12-02"));
        assertThat(json(future).get("field").asString()).isEqualTo("documentDate");
        var unreadable = upload("social-worker", child, file("a.pdf", RecordingHttp.pdf()), field("title", "T"), field("documentDate", "31/2/2026"));
        assertThat(json(unreadable).get("field").asString()).isEqualTo("documentDate");

        var wrongCase = upload("social-worker", child, file("a.pdf", RecordingHttp.pdf()), field("title", "T"), field("caseId", String.valueOf(otherCase.id())));
        assertThat(wrongCase.statusCode()).isEqualTo(400);
        assertThat(json(wrongCase).get("field").asString()).isEqualTo("caseId");
        assertThat(documentRepository.ofChild(child)).isEmpty();
    }

    @Test
    void aDocumentOnACaseIsEpisodeActivity() {
        long child = TestChildren.register(people);
        var open = caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED, Instant.parse("2026-11-02T09:00:00Z"), null, null);
        var r = upload("social-worker", child, file("plan.pdf", RecordingHttp.pdf()), field("title", "Plan"), field("caseId", String.valueOf(open.id())));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("caseId").asLong()).isEqualTo(open.id());
        assertThat(activities.stream().map(a -> a.latestActivity(open.id())).flatMap(java.util.Optional::stream)
                .filter(a -> a.what().equals("document uploaded")).findFirst().orElseThrow().at())
                .isEqualTo(clock.instant());
    }

    @Test
    void anInfectedFileIsRefusedAndOnlyTheRefusalIsRecorded() {
        long child = TestChildren.register(people);
        var r = upload("social-worker", child, file("eicar.txt", EICAR.getBytes(StandardCharsets.US_ASCII)), field("title", "Test"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("field").asString()).isEqualTo("file");
        assertThat(json(r).get("message").asString()).contains("EICAR-Test-File");
        assertThat(documentRepository.ofChild(child)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'DOCUMENT_REFUSED' and summary like '%eicar.txt%'")
                .param(child).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'DOCUMENT_UPLOADED'")
                .param(child).query(Long.class).single()).isZero();
    }

    @Test
    void partnersUploadOnlyToChildrenLinkedToTheirAgencyAndOthersAreRefused() {
        long child = TestChildren.register(people);
        var refused = upload("police-officer", child, file("statement.pdf", RecordingHttp.pdf()), field("title", "Statement"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and actor_username = 'police-officer'")
                .param(child).query(Long.class).single()).isPositive();

        childAccess.linkAgency(child, users.findByUsername("police-officer").orElseThrow().agencyId(), ChildAccess.AgencyLink.INVOLVED);
        var linked = upload("police-officer", child, file("statement.pdf", RecordingHttp.pdf()), field("title", "Statement"));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        long id = json(linked).get("id").asLong();

        assertThat(upload("performance-analyst", child, file("x.pdf", RecordingHttp.pdf()), field("title", "X")).statusCode()).isEqualTo(403);
        assertThat(upload("councillor", child, file("x.pdf", RecordingHttp.pdf()), field("title", "X")).statusCode()).isEqualTo(403);
        assertThat(RecordingHttp.download(baseUrl(), "school-dsl", "/api/documents/" + id + "/content").statusCode()).isEqualTo(403);
        assertThat(as("school-dsl").get("/api/documents/" + id).status()).isEqualTo(403);
        assertThat(as("school-dsl").get("/api/children/" + child + "/documents").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and actor_username = 'school-dsl'")
                .param(child).query(Long.class).single()).isZero();
        assertThat(as("social-worker").get("/api/documents/999999999").status()).isEqualTo(404);
    }

    @Test
    void aConfiguredDirectoryStoresFilesUnderAGeneratedNameNeverTheUsersFilename(@TempDir Path dir) throws Exception {
        long child = TestChildren.register(people);
        DocumentStorage storage = new DocumentStorage(documentRepository, dir.toString());
        byte[] content = RecordingHttp.pdf();
        var stored = storage.prepare(content);
        assertThat(stored.storage()).isEqualTo("DIRECTORY");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(stored.key());
        }
        long id = documentRepository.insert(child, new NewDocument("../../etc/report.pdf", content, "T", null, null, null), "T", null,
                "application/pdf", "x", stored, ScanResult.notScanned(), clock.instant(), Actor.SYSTEM);
        storage.complete(id, stored, content);
        assertThat(storage.read(id)).isEqualTo(content);
        assertThat(jdbc.sql("select count(*) from document_content where document_id = ?").param(id).query(Long.class).single()).isZero();
    }
}
