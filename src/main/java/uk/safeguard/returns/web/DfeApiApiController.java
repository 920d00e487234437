package uk.safeguard.returns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.returns.DfeApiPreview;
import uk.safeguard.returns.DfeApiPush;
import uk.safeguard.returns.DfeApiReturns;
import uk.safeguard.returns.DfeApiStatus;

@RestController
@Tag(name = "Returns: DfE children's social care API")
public class DfeApiApiController {
    private final DfeApiReturns returns;

    public DfeApiApiController(DfeApiReturns returns) {
        this.returns = returns;
    }

    @PostMapping("/api/returns/dfe-api/pushes")
    @Operation(summary = "Start a push to the DfE now (performance analysts, team managers)",
            description = "Sends every child whose item changed since the last accepted push (and purge flags for what has gone), in "
                    + "batches of at most 100. 202 with the push's id; 409 when not configured or a push is running.")
    public ResponseEntity<Map<String, Object>> start(CurrentUser me) {
        long id = returns.startPush(me);
        return ResponseEntity.accepted().location(URI.create("/api/returns/dfe-api/pushes"))
                .body(Map.of("id", id, "status", "RUNNING"));
    }

    @GetMapping("/api/returns/dfe-api/pushes")
    @Operation(summary = "The last pushes, newest first, with batches (HTTP status, attempts, DfE receipt) and invalid children")
    public List<DfeApiPush> pushes(CurrentUser me) {
        return returns.pushes(me);
    }

    @GetMapping("/api/returns/dfe-api/status")
    @Operation(summary = "Whether the push is configured (endpoint, LA code; the token masked); administrators too")
    public DfeApiStatus status(CurrentUser me) {
        return returns.status(me);
    }

    @GetMapping("/api/returns/dfe-api/payload")
    @Operation(summary = "The item a child would be sent with today, validated against the DfE schema",
            description = "`valid` and `errors` (each naming the property); `item` is one element of the DfE `CSC` array. "
                    + "Logged as a view of the child's record. 404 when the child has no child-in-need episode in the return.")
    public DfeApiPreview payload(CurrentUser me, @RequestParam long childId) {
        return returns.preview(me, childId);
    }
}
