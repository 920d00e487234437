package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.safeguard.reporting.internal.DashboardBuilder;
import uk.safeguard.reporting.internal.DashboardPage;
import uk.safeguard.reporting.internal.PackPdf;

/** The scrutiny pack renders to a PDF from hand-built figures, with no Spring context and no database. */
class PackPdfTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    static PackPdf packPdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new PackPdf(engine);
    }

    @Test
    void the_pack_is_a_pdf_with_every_indicator_its_figures_and_narrative() throws Exception {
        DashboardPage page = DashboardBuilder.build(MONTH, DashboardTestData.definitions(), DashboardTestData.monthly(MONTH),
                Map.of("icpc-within-15wd", "Two conferences were late & one was moved for a bank holiday <see minutes>."));
        byte[] pdf = packPdf().render(page, "Riverford Council", Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("November 2026", "Riverford Council", "Aggregate figures only");
            assertThat(text).contains("Contacts", "Re-referrals within 12 months", "Initial conferences within 15 working days");
            assertThat(text).contains("Front door", "Child protection");
            // ICPC: 8 of 10 = 80%, amber against 85%, England 81.4%; last year 80% too.
            assertThat(text).contains("80%", "Amber: near target", "85%", "81.4%", "8 of 10");
            // Re-referrals in the month: 32 of 100, red against 20% (lower is better).
            assertThat(text).contains("32%", "Red: off target");
            assertThat(text).contains("Two conferences were late & one was moved for a bank holiday <see minutes>.");
            assertThat(text).contains("No commentary recorded for this month.");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void a_month_without_figures_still_renders() throws Exception {
        DashboardPage page = DashboardBuilder.build(MONTH, DashboardTestData.definitions(), Map.of(), Map.of());
        byte[] pdf = packPdf().render(page, "Riverford Council", Instant.parse("2026-12-01T09:00:00Z"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("No figure", "No target", "Not published");
        }
    }
}
