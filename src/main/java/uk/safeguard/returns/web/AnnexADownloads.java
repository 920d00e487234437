package uk.safeguard.returns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.returns.internal.AnnexAReturns;
import uk.safeguard.returns.internal.AnnexAReturns.AnnexA;
import uk.safeguard.returns.internal.AnnexAWorkbook;

/** The XLSX download both the page route and the API serve: parameters read, lists built, then streamed. */
final class AnnexADownloads {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private AnnexADownloads() {}

    /** {@code end} YYYY-MM-DD (today when blank), {@code months} 6 or 12 (6 when blank); 400 names the field. */
    static ResponseEntity<StreamingResponseBody> download(AnnexAReturns returns, CurrentUser me, String end, String months) {
        returns.requireMayProduce(me);
        AnnexA annexA = returns.build(me, date(end), months(months));
        StreamingResponseBody body = out -> AnnexAWorkbook.write(annexA.sheets(), out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(annexA.fileName()).build().toString())
                .body(body);
    }

    static LocalDate date(String end) {
        if (end == null || end.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(end.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure("end", "Enter the end of the period as a date, YYYY-MM-DD (for example 2026-11-30)");
        }
    }

    static Integer months(String months) {
        if (months == null || months.isBlank()) {
            return 6;
        }
        try {
            return Integer.valueOf(months.strip());
        } catch (NumberFormatException e) {
            throw new ValidationFailure("months", "Choose 6 or 12 months for the period (months must be 6 or 12)");
        }
    }
}
