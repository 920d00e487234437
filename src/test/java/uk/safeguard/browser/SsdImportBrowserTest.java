package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

/** The administrator uploads an SSD zip in a real browser and sees how the import ended; axe on each page. */
class SsdImportBrowserTest extends IntegrationTest {
    private static WebDriver d() {
        return Browser.driver();
    }

    @Test
    void anAdministratorUploadsAZipAndSeesTheResult() throws Exception {
        Path zip = Files.createTempFile("ssd-browser-", ".zip");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("ssd_sdq_scores.csv"));
            out.write("csdq_table_id\n1\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.write(zip, bytes.toByteArray());
        try {
            Browser.signIn(baseUrl(), "admin");
            d().get(baseUrl() + "/admin/imports");
            assertThat(Browser.headingText()).isEqualTo("Import and export SSD files");
            assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

            // nothing chosen: the error summary names the file input
            Browser.clickAndWait(d().findElement(By.xpath("//button[normalize-space()='Start import']")));
            Browser.awaitMain("There is a problem", "Select a zip file");
            assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

            d().findElement(By.id("file")).sendKeys(zip.toString());
            Browser.clickAndWait(d().findElement(By.xpath("//button[normalize-space()='Start import']")));
            // a running import refreshes itself every 2 seconds until it ends
            new WebDriverWait(d(), Duration.ofSeconds(30)).until(x -> !x.findElement(By.tagName("h1")).getText().contains("running"));
            Browser.awaitMain("Import succeeded", "Rows written per file", "Files not read", "ssd_sdq_scores.csv");
            assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

            Browser.clickAndWait(d().findElement(By.linkText("Back to imports")));
            Browser.awaitMain("Past imports", "Succeeded", zip.getFileName().toString());
            assertThat(d().findElement(By.id("export-link")).getText()).isEqualTo("Export all records (SSD zip)");
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
