package uk.safeguard.people;

import java.time.LocalDate;
import java.util.List;

public record HouseholdView(long id, String name, List<Member> members) {
    public record Member(long membershipId, PersonSummary person, LocalDate from, LocalDate to) {}
}
