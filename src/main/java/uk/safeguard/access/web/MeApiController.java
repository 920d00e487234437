package uk.safeguard.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;

@RestController
@Tag(name = "Access")
public class MeApiController {

    public record Me(String username, String displayName, String role, String roleLabel, String agency,
                     String agencyType, String team) {}

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in user: name, role, agency and team")
    Me me(CurrentUser me) {
        return new Me(me.username(), me.displayName(), me.role().name(), me.role().label(), me.agencyName(),
                me.agencyType().name(), me.teamName());
    }
}
