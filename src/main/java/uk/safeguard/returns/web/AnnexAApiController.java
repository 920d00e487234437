package uk.safeguard.returns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.returns.internal.AnnexAReturns;

@RestController
@Tag(name = "Statutory returns")
public class AnnexAApiController {
    private final AnnexAReturns returns;

    public AnnexAApiController(AnnexAReturns returns) {
        this.returns = returns;
    }

    @GetMapping("/api/returns/annex-a")
    @Operation(summary = "Ofsted Annex A lists 1 and 3-7 as one XLSX (team managers and performance analysts)",
            description = "One worksheet per list with Ofsted's column headings, for the six or twelve months ending on "
                    + "`end` (YYYY-MM-DD, inclusive; today when absent). `months` is 6 (default) or 12; anything else is "
                    + "a 400 naming the field. Other roles are refused (403, logged); each download is audited with the "
                    + "number of children it names.")
    public ResponseEntity<StreamingResponseBody> annexA(CurrentUser me, @RequestParam(required = false) String end,
                                                        @RequestParam(required = false) String months) {
        return AnnexADownloads.download(returns, me, end, months);
    }
}
