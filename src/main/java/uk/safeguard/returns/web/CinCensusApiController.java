package uk.safeguard.returns.web;

import java.io.ByteArrayOutputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.returns.CinCensus;
import uk.safeguard.returns.CinCensusReport;
import uk.safeguard.returns.CinCensusYear;

/**
 * The CIN census over the API: the XML return for a collection year and its validation report as JSON. Team
 * managers and performance analysts only (403 for anyone else, logged).
 */
@RestController
public class CinCensusApiController {
    private final CinCensus census;

    public CinCensusApiController(CinCensus census) {
        this.census = census;
    }

    // XML whatever the client accepts: the DfE return is an XML file.
    @GetMapping("/api/returns/cin-census")
    ResponseEntity<byte[]> xml(CurrentUser me, @RequestParam(required = false) String year) {
        CinCensusYear y = CinCensusPagesController.CinCensusYears.parse(year, census.currentYear());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        census.writeXml(me, y, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toByteArray());
    }

    @GetMapping("/api/returns/cin-census/validation")
    CinCensusReport validation(CurrentUser me, @RequestParam(required = false) String year) {
        return census.report(me, CinCensusPagesController.CinCensusYears.parse(year, census.currentYear()));
    }
}
