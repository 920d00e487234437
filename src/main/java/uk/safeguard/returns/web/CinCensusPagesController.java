package uk.safeguard.returns.web;

import java.io.ByteArrayOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.returns.CinCensus;
import uk.safeguard.returns.CinCensusYear;

/**
 * The CIN census pages: the validation report for a collection year (each child with the rules their record breaks
 * and who should fix them, counts by rule) and the XML return to download. Team managers and performance analysts.
 */
@Controller
public class CinCensusPagesController {
    private final CinCensus census;

    public CinCensusPagesController(CinCensus census) {
        this.census = census;
    }

    @GetMapping("/returns/cin-census")
    String report(CurrentUser me, @RequestParam(required = false) String year, Model model) {
        CinCensusYear y = CinCensusYears.parse(year, census.currentYear());
        model.addAttribute("report", census.report(me, y));
        model.addAttribute("year", y);
        return "returns/cin-census";
    }

    @GetMapping("/returns/cin-census.xml")
    ResponseEntity<byte[]> xml(CurrentUser me, @RequestParam(required = false) String year) {
        CinCensusYear y = CinCensusYears.parse(year, census.currentYear());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        census.writeXml(me, y, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cin-census-" + y.year() + ".xml\"")
                .contentType(MediaType.APPLICATION_XML)
                .body(out.toByteArray());
    }

    /** The {@code year} parameter: a collection year named by its first April (2026 = 1 April 2026 to 31 March 2027). */
    static final class CinCensusYears {
        private CinCensusYears() {}

        static CinCensusYear parse(String year, CinCensusYear otherwise) {
            if (year == null || year.isBlank()) {
                return otherwise;
            }
            if (!year.trim().matches("\\d{4}")) {
                throw new ValidationFailure("year", "Enter the collection year as four digits, for example 2026 for 1 April 2026 to 31 March 2027");
            }
            int y = Integer.parseInt(year.trim());
            if (y < 2000 || y > 2100) {
                throw new ValidationFailure("year", "Enter a collection year between 2000 and 2100");
            }
            return new CinCensusYear(y);
        }
    }
}
