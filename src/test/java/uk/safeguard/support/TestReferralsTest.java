package uk.safeguard.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.PeopleRegister;

class TestReferralsTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    @Test
    void aReferralOpensAChildInNeedCase() {
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        assertThat(jdbc.sql("select kind from case_file where id = ? and child_id = ?").params(r.caseId(), child)
                .query(String.class).single()).isEqualTo("CHILD_IN_NEED");
    }
}
