package uk.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.support.IntegrationTest;

class StaffFactsTest extends IntegrationTest {
    @Autowired
    StaffFacts facts;
    @Autowired
    UserDirectory users;

    @Test
    void everyUserWithRoleTeamAndAgencyAndEveryTeam() {
        CurrentUser sam = users.findByUsername("social-worker").orElseThrow();
        StaffMember m = facts.staff().stream().filter(s -> s.userId() == sam.id()).findFirst().orElseThrow();
        assertThat(m.displayName()).isEqualTo("Sam Okafor");
        assertThat(m.role()).isEqualTo("SOCIAL_WORKER");
        assertThat(m.teamId()).isEqualTo(sam.teamId());
        assertThat(m.agencyId()).isEqualTo(sam.agencyId());
        assertThat(m.staffId()).isEqualTo(jdbc.sql("select staff_id from app_user where id = ?").param(sam.id())
                .query((rs, i) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null));
        assertThat(m.active()).isTrue();
        assertThat(facts.teams()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(sam.teamId());
            assertThat(t.name()).isEqualTo("Assessment Team 1");
        });
    }
}
