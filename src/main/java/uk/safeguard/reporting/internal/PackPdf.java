package uk.safeguard.reporting.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.safeguard.platform.TimeConfiguration;

/**
 * The printable scrutiny pack: the dashboard for a month as a PDF (issue 7: "aggregates only, no child-level data"),
 * each indicator with its figure, red/amber/green in words, target, last year, England, the trend chart and the
 * month's narrative. Rendered from the XHTML template {@code reporting/pack.html} by openhtmltopdf, whose SVG
 * support draws the same charts the page shows.
 */
@Component
public class PackPdf {
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH)
            .withZone(TimeConfiguration.LONDON);

    private final ITemplateEngine templates;

    public PackPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(DashboardPage page, String authority, Instant producedAt) {
        return pdf(xhtml(page, authority, producedAt));
    }

    /** The pack as XHTML (well-formed XML: openhtmltopdf parses it strictly). */
    public String xhtml(DashboardPage page, String authority, Instant producedAt) {
        Context context = new Context(Locale.UK);
        context.setVariable("page", page);
        context.setVariable("authority", authority);
        context.setVariable("produced", PRODUCED.format(producedAt));
        return templates.process("reporting/pack", context);
    }

    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
