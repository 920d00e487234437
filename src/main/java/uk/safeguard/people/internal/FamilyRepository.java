package uk.safeguard.people.internal;

import static uk.safeguard.people.internal.PersonRepository.date;
import static uk.safeguard.people.internal.PersonRepository.localDate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.NameType;
import uk.safeguard.people.NewRelationship;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.people.RelationshipType;
import uk.safeguard.people.RelationshipView;

/** Relationships between people and household membership. */
@Repository
public class FamilyRepository {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonRepository persons;

    public FamilyRepository(JdbcClient jdbc, Clock clock, PersonRepository persons) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.persons = persons;
    }

    /** Stored as "related person is the TYPE of person" (a parent row points from the parent to the child). */
    public long insertRelationship(long personId, NewRelationship r) {
        return jdbc.sql("""
                insert into relationship(person_id, related_person_id, relationship_type, parental_responsibility, from_date, to_date)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(r.relatedPersonId(), personId, r.type().name(), r.parentalResponsibility(), date(r.from()), date(r.to()))
                .query(Long.class).single();
    }

    public List<RelationshipView> relationshipsOf(long personId) {
        record Row(long id, long from, long to, RelationshipType type, boolean pr, LocalDate fromDate, LocalDate toDate) {}
        List<Row> rows = jdbc.sql("select * from relationship where person_id = ? or related_person_id = ? order by id")
                .params(personId, personId)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("related_person_id"),
                        RelationshipType.valueOf(rs.getString("relationship_type")), rs.getBoolean("parental_responsibility"),
                        localDate(rs.getDate("from_date")), localDate(rs.getDate("to_date"))))
                .list();
        List<Long> others = rows.stream().map(r -> r.from() == personId ? r.to() : r.from()).toList();
        Map<Long, PersonSummary> people = persons.summaries(others);
        List<RelationshipView> views = new ArrayList<>();
        for (Row r : rows) {
            boolean otherIsSubject = r.to() == personId; // the other person is the TYPE of this one
            long other = otherIsSubject ? r.from() : r.to();
            views.add(new RelationshipView(r.id(), people.get(other), r.type(),
                    otherIsSubject ? r.type().label() : r.type().reverseLabel(),
                    otherIsSubject && r.pr(), !otherIsSubject && r.pr(), r.fromDate(), r.toDate()));
        }
        return views;
    }

    public long insertHousehold(String name) {
        return jdbc.sql("insert into household(name, created_at) values (?, ?) returning id")
                .params(name, Timestamp.from(clock.instant())).query(Long.class).single();
    }

    public boolean householdExists(long householdId) {
        return jdbc.sql("select exists (select 1 from household where id = ?)").param(householdId).query(Boolean.class).single();
    }

    public long insertMember(long householdId, long personId, LocalDate from, LocalDate to) {
        return jdbc.sql("insert into household_member(household_id, person_id, from_date, to_date) values (?, ?, ?, ?) returning id")
                .params(householdId, personId, date(from), date(to)).query(Long.class).single();
    }

    /** One membership of a household: who, which household, from and to. */
    public record Membership(long id, long householdId, long personId, LocalDate from, LocalDate to) {}

    public java.util.Optional<Membership> membership(long membershipId) {
        return jdbc.sql("select * from household_member where id = ?").param(membershipId)
                .query((rs, i) -> new Membership(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("person_id"),
                        localDate(rs.getDate("from_date")), localDate(rs.getDate("to_date"))))
                .optional();
    }

    public void endMembership(long membershipId, LocalDate to) {
        jdbc.sql("update household_member set to_date = ? where id = ?").params(date(to), membershipId).update();
    }

    public List<Long> householdMembers(long householdId) {
        return jdbc.sql("select distinct person_id from household_member where household_id = ?").param(householdId).query(Long.class).list();
    }

    public List<HouseholdView> householdsOf(long personId) {
        List<Long> ids = jdbc.sql("select distinct household_id from household_member where person_id = ? order by household_id")
                .param(personId).query(Long.class).list();
        List<HouseholdView> households = new ArrayList<>();
        for (long id : ids) {
            households.add(household(id));
        }
        return households;
    }

    public HouseholdView household(long householdId) {
        String name = jdbc.sql("select name from household where id = ?").param(householdId).query(String.class).single();
        record Row(long id, long personId, LocalDate from, LocalDate to) {}
        List<Row> rows = jdbc.sql("select * from household_member where household_id = ? order by from_date nulls first, id")
                .param(householdId)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("person_id"), localDate(rs.getDate("from_date")), localDate(rs.getDate("to_date"))))
                .list();
        Map<Long, PersonSummary> people = persons.summaries(rows.stream().map(Row::personId).toList());
        return new HouseholdView(householdId, name, rows.stream()
                .map(r -> new HouseholdView.Member(r.id(), people.get(r.personId()), r.from(), r.to())).toList());
    }

    /** Moves everything that hangs off the duplicate onto the survivor (see PeopleRegister.merge). */
    public Map<String, Integer> moveAll(long duplicateId, long survivorId) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        // The duplicate keeps its own names (its record still says who it was); the survivor gets copies, the
        // duplicate's current name as a previous name, skipping spellings the survivor already has.
        var survivorNames = persons.names(survivorId).stream()
                .map(n -> NameParts.normalise(n.givenNames()) + "|" + NameParts.normalise(n.familyName())).collect(java.util.stream.Collectors.toSet());
        int names = 0;
        for (var n : persons.names(duplicateId)) {
            if (survivorNames.add(NameParts.normalise(n.givenNames()) + "|" + NameParts.normalise(n.familyName()))) {
                persons.insertName(survivorId, n.type() == NameType.CURRENT ? NameType.PREVIOUS : n.type(),
                        n.givenNames(), n.familyName(), n.from(), n.to());
                names++;
            }
        }
        moved.put("names", names);
        jdbc.sql("delete from person_search where person_id = ?").param(duplicateId).update();
        moved.put("addresses", jdbc.sql("update person_address set person_id = ? where person_id = ?").params(survivorId, duplicateId).update());
        // a relationship between the two records themselves would become self-referencing: drop it
        jdbc.sql("delete from relationship where (person_id = ? and related_person_id = ?) or (person_id = ? and related_person_id = ?)")
                .params(duplicateId, survivorId, survivorId, duplicateId).update();
        int rel = jdbc.sql("update relationship set person_id = ? where person_id = ?").params(survivorId, duplicateId).update();
        rel += jdbc.sql("update relationship set related_person_id = ? where related_person_id = ?").params(survivorId, duplicateId).update();
        moved.put("relationships", rel);
        moved.put("householdMemberships", jdbc.sql("update household_member set person_id = ? where person_id = ?").params(survivorId, duplicateId).update());
        jdbc.sql("insert into person_disability(person_id, code) select ?, code from person_disability where person_id = ? on conflict do nothing")
                .params(survivorId, duplicateId).update();
        return moved;
    }

    public void markMerged(long duplicateId, long survivorId) {
        jdbc.sql("update person set merged_into = ?, version = version + 1, updated_at = ? where id = ?")
                .params(survivorId, Timestamp.from(clock.instant()), duplicateId).update();
        // anything merged into the duplicate earlier now points at the survivor, so redirects take one hop
        jdbc.sql("update person set merged_into = ? where merged_into = ?").params(survivorId, duplicateId).update();
    }
}
