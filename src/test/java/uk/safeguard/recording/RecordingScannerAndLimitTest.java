package uk.safeguard.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.recording.RecordingHttp.Part.field;
import static uk.safeguard.recording.RecordingHttp.Part.file;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.recording.internal.DefaultVirusScanner;
import uk.safeguard.recording.internal.DocumentRepository;
import uk.safeguard.recording.internal.DocumentStorage;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.work.CaseWork;

/** A deployment's own virus scanner replaces the built-in one; a file over the server's multipart limit is a 400, not a 500. */
class RecordingScannerAndLimitTest extends IntegrationTest {
    @Autowired
    DocumentRepository repository;
    @Autowired
    DocumentStorage storage;
    @Autowired
    ChildAccess access;
    @Autowired
    AuditTrail audit;
    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;
    @Autowired
    Clock appClock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UserDirectory users;

    @Test
    void aDeploymentsScannerReplacesTheBuiltInOneAndItsVerdictIsRecorded() {
        long child = TestChildren.register(people);
        VirusScanner clamav = (filename, content) -> content[0] == 'X'
                ? ScanResult.infected("Win.Test.Fake", "ClamAV 1.4") : ScanResult.clean("ClamAV 1.4");
        Documents documents = new Documents(repository, storage, List.of(new DefaultVirusScanner(), clamav), access, audit, people,
                caseWork, appClock, transactions, DataSize.ofMegabytes(10));
        var me = users.findByUsername("social-worker").orElseThrow();
        DocumentView d = documents.upload(me, child, new NewDocument("a.pdf", RecordingHttp.pdf(), "Clean one", null, null, null));
        assertThat(d.scanResult()).isEqualTo(ScanResult.Status.CLEAN);
        assertThat(d.scannedBy()).isEqualTo("ClamAV 1.4");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.upload(me, child,
                        new NewDocument("x.txt", "X is infected".getBytes(), "Bad", null, null, null)))
                .isInstanceOf(uk.safeguard.platform.ValidationFailure.class).hasMessageContaining("Win.Test.Fake");
        assertThat(repository.ofChild(child)).hasSize(1);
    }

    @Test
    void aFileOverTheServersMultipartLimitIsRefusedNamingFileNotA500() {
        long child = TestChildren.register(people);
        byte[] huge = new byte[52 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        var r = RecordingHttp.upload(baseUrl(), "social-worker", child, file("huge.txt", huge), field("title", "Huge"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        var json = JsonMapper.builder().build().readTree(r.body());
        assertThat(json.get("field").asString()).isEqualTo("file");
        assertThat(json.get("message").asString()).contains("too large");
    }

    @Test
    void aFileOverTheServersLimitThroughThePageGetsAPlainPageSayingSo() {
        long child = TestChildren.register(people);
        byte[] huge = new byte[52 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        RecordingHttp.PageSession page = new RecordingHttp.PageSession(baseUrl(), "social-worker");
        page.get("/children/" + child + "/documents");
        var r = page.postMultipart("/children/" + child + "/documents", file("huge.txt", huge), field("title", "Huge"));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("The file is too large", "Nothing you had already saved has been lost");
    }
}
