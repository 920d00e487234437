package uk.safeguard.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.people.Address;
import uk.safeguard.people.NameType;
import uk.safeguard.people.NewAddress;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.PersonName;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.people.Postcode;
import uk.safeguard.people.SsdDetails;

/** Persons, their names, addresses and disabilities; keeps the search rows in step with the names. */
@Repository
public class PersonRepository {
    private static final String SUMMARY = """
            select p.id, p.kind, p.date_of_birth, p.expected_delivery_date, n.given_names, n.family_name
              from person p join person_name n on n.person_id = p.id and n.name_type = 'CURRENT'
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    public PersonRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insertPerson(PersonDetails d) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into person(kind, date_of_birth, expected_delivery_date, sex, gender, ethnicity, nhs_number, upn,
                                   first_language, interpreter_needed, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.kind().name(), date(d.dateOfBirth()), date(d.expectedDeliveryDate()), d.sex(), d.gender(),
                        d.ethnicity(), d.nhsNumber(), d.upn(), d.firstLanguage(), d.interpreterNeeded(), now, now)
                .query(Long.class).single();
        insertName(id, NameType.CURRENT, d.givenNames(), d.familyName(), null, null);
        replaceDisabilities(id, d.disabilities());
        return id;
    }

    /** True if the row was at {@code expectedVersion} and is now updated (and one version on). */
    public boolean updatePerson(long id, PersonDetails d, long expectedVersion) {
        int rows = jdbc.sql("""
                update person set kind = ?, date_of_birth = ?, expected_delivery_date = ?, sex = ?, gender = ?, ethnicity = ?,
                       nhs_number = ?, upn = ?, first_language = ?, interpreter_needed = ?, updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(d.kind().name(), date(d.dateOfBirth()), date(d.expectedDeliveryDate()), d.sex(), d.gender(),
                        d.ethnicity(), d.nhsNumber(), d.upn(), d.firstLanguage(), d.interpreterNeeded(),
                        Timestamp.from(clock.instant()), id, expectedVersion)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("update person_name set given_names = ?, family_name = ? where person_id = ? and name_type = 'CURRENT'")
                .params(d.givenNames(), d.familyName(), id).update();
        jdbc.sql("select id from person_name where person_id = ?").param(id).query(Long.class).list()
                .forEach(this::refreshSearchRow);
        replaceDisabilities(id, d.disabilities());
        return true;
    }

    /** Any change to a person's names, addresses or relationships moves its version on, so concurrent editors notice. */
    public void touch(long id) {
        jdbc.sql("update person set version = version + 1, updated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    public long currentVersion(long id) {
        return jdbc.sql("select version from person where id = ?").param(id).query(Long.class).single();
    }

    public long insertName(long personId, NameType type, String given, String family, LocalDate from, LocalDate to) {
        long nameId = jdbc.sql("""
                insert into person_name(person_id, name_type, given_names, family_name, from_date, to_date)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(personId, type.name(), given.trim(), family.trim(), date(from), date(to))
                .query(Long.class).single();
        refreshSearchRow(nameId);
        return nameId;
    }

    /** The search row of one name, and its parts in the term dictionary the fuzzy search reads. */
    void refreshSearchRow(long nameId) {
        var name = jdbc.sql("select n.person_id, n.name_type, n.given_names, n.family_name, p.date_of_birth from person_name n join person p on p.id = n.person_id where n.id = ?")
                .param(nameId).query().singleRow();
        String given = NameParts.firstGiven((String) name.get("given_names"));
        String family = NameParts.normalise((String) name.get("family_name"));
        jdbc.sql("""
                insert into person_search(name_id, person_id, name_type, given_norm, family_norm, display, dob)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (name_id) do update set person_id = excluded.person_id, name_type = excluded.name_type,
                    given_norm = excluded.given_norm, family_norm = excluded.family_norm, display = excluded.display, dob = excluded.dob""")
                .params(nameId, name.get("person_id"), name.get("name_type"), given, family,
                        name.get("given_names") + " " + name.get("family_name"), name.get("date_of_birth"))
                .update();
        for (String term : List.of(given, family)) {
            if (!term.isEmpty()) {
                jdbc.sql("insert into name_term(term) values (?) on conflict do nothing").param(term).update();
            }
        }
    }

    public long insertAddress(long personId, NewAddress a) {
        return jdbc.sql("""
                insert into person_address(person_id, line1, line2, town, postcode, postcode_norm, from_date, to_date)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(personId, a.line1().trim(), blankToNull(a.line2()), blankToNull(a.town()), Postcode.format(a.postcode()),
                        Postcode.normalise(a.postcode()), date(a.from()), date(a.to()))
                .query(Long.class).single();
    }

    /** Sets the date the person moved out of one of their addresses; false if the address is not theirs. */
    public boolean endAddress(long personId, long addressId, LocalDate to) {
        return jdbc.sql("update person_address set to_date = ? where id = ? and person_id = ?")
                .params(date(to), addressId, personId).update() == 1;
    }

    /**
     * Fills the survivor's blank details from the duplicate (a merge): NHS number, date of birth, UPN, sex, gender,
     * ethnicity, first language; and any disability the survivor lacks. Answers the fields filled,
     * with the values taken. The caller has already refused conflicting NHS numbers and dates of birth.
     */
    public Map<String, Object> fillBlanksFrom(long survivorId, long duplicateId) {
        var survivor = jdbc.sql("select * from person where id = ?").param(survivorId).query().singleRow();
        var duplicate = jdbc.sql("select * from person where id = ?").param(duplicateId).query().singleRow();
        Map<String, Object> filled = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("nhs_number", "nhsNumber");
        columns.put("date_of_birth", "dateOfBirth");
        columns.put("upn", "upn");
        columns.put("sex", "sex");
        columns.put("gender", "gender");
        columns.put("ethnicity", "ethnicity");
        columns.put("first_language", "firstLanguage");
        boolean unborn = "UNBORN".equals(survivor.get("kind"));
        for (var column : columns.entrySet()) {
            Object mine = survivor.get(column.getKey());
            Object theirs = duplicate.get(column.getKey());
            if (unborn && column.getKey().equals("date_of_birth")) {
                continue; // an unborn child has an expected date of delivery instead
            }
            if (mine == null && theirs != null) {
                // column names come from the fixed list above, never from input
                jdbc.sql("update person set " + column.getKey() + " = ? where id = ?").params(theirs, survivorId).update();
                filled.put(column.getValue(), String.valueOf(theirs));
            }
        }
        // disabilities are a list: the survivor gains any the duplicate has that it lacks
        List<String> added = jdbc.sql("""
                insert into person_disability(person_id, code) select ?, code from person_disability where person_id = ?
                on conflict do nothing returning code""").params(survivorId, duplicateId).query(String.class).list();
        if (!added.isEmpty()) {
            filled.put("disabilities", String.join(",", added.stream().sorted().toList()));
        }
        if (filled.containsKey("dateOfBirth")) {
            jdbc.sql("select id from person_name where person_id = ?").param(survivorId).query(Long.class).list()
                    .forEach(this::refreshSearchRow);
        }
        return filled;
    }

    /** Keeps the rows of codes still listed (their ids are what an SSD disa_table_id names), drops the rest, adds new ones. */
    private void replaceDisabilities(long personId, List<String> codes) {
        jdbc.sql("delete from person_disability where person_id = ? and not (code = any(?::text[]))")
                .params(personId, codes.toArray(new String[0])).update();
        for (String code : codes) {
            jdbc.sql("insert into person_disability(person_id, code) values (?, ?) on conflict do nothing").params(personId, code).update();
        }
    }

    /**
     * The person row is read into plain values first and the names, disabilities and addresses queried after it:
     * querying inside the row mapper would hold one pooled connection while asking for another, and enough
     * simultaneous page views then exhaust the pool and wait on each other (found by the 50-user benchmark).
     */
    public Optional<PersonRecord> find(long id) {
        return jdbc.sql("select * from person where id = ?").param(id).query((rs, i) -> row(rs)).optional().map(this::record);
    }

    private record PersonRow(long id, String kind, LocalDate dob, LocalDate expectedDelivery, String sex, String gender,
                             String ethnicity, String nhsNumber, String upn, String firstLanguage, boolean interpreterNeeded,
                             long version, Long mergedInto, SsdDetails ssd) {}

    private static PersonRow row(ResultSet rs) throws SQLException {
        return new PersonRow(rs.getLong("id"), rs.getString("kind"), localDate(rs.getDate("date_of_birth")),
                localDate(rs.getDate("expected_delivery_date")), rs.getString("sex"), rs.getString("gender"),
                rs.getString("ethnicity"), rs.getString("nhs_number"), rs.getString("upn"), rs.getString("first_language"),
                rs.getBoolean("interpreter_needed"), rs.getLong("version"), rs.getObject("merged_into", Long.class),
                new SsdDetails(rs.getString("legacy_id"), rs.getString("upn_unknown"), rs.getObject("send_flag", Boolean.class),
                        localDate(rs.getDate("death_date")), rs.getObject("is_mother", Boolean.class), rs.getString("nationality")));
    }

    private PersonRecord record(PersonRow r) {
        List<PersonName> names = names(r.id());
        PersonName current = names.stream().filter(n -> n.type() == NameType.CURRENT).findFirst().orElseThrow();
        return new PersonRecord(r.id(), PersonKind.valueOf(r.kind()), current.display(), current,
                names.stream().filter(n -> n.type() != NameType.CURRENT).toList(), r.dob(), r.expectedDelivery(), age(r.dob()),
                r.sex(), r.gender(), r.ethnicity(), r.nhsNumber(), r.upn(), r.firstLanguage(), r.interpreterNeeded(),
                jdbc.sql("select code from person_disability where person_id = ? order by code").param(r.id()).query(String.class).list(),
                addresses(r.id()), r.version(), r.mergedInto(), r.ssd());
    }

    public List<PersonName> names(long personId) {
        return jdbc.sql("select * from person_name where person_id = ? order by case name_type when 'CURRENT' then 0 else 1 end, from_date nulls last, id")
                .param(personId)
                .query((rs, i) -> new PersonName(rs.getLong("id"), NameType.valueOf(rs.getString("name_type")),
                        rs.getString("given_names"), rs.getString("family_name"), localDate(rs.getDate("from_date")),
                        localDate(rs.getDate("to_date"))))
                .list();
    }

    public List<Address> addresses(long personId) {
        return jdbc.sql("select * from person_address where person_id = ? order by to_date desc nulls first, from_date desc nulls last, id desc")
                .param(personId)
                .query((rs, i) -> new Address(rs.getLong("id"), rs.getString("line1"), rs.getString("line2"), rs.getString("town"),
                        rs.getString("postcode"), localDate(rs.getDate("from_date")), localDate(rs.getDate("to_date"))))
                .list();
    }

    public Map<Long, PersonSummary> summaries(Collection<Long> ids) {
        Map<Long, PersonSummary> byId = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        jdbc.sql(SUMMARY + " where p.id = any(?::bigint[])").param(ids.toArray(new Long[0]))
                .query((rs, i) -> summary(rs)).list()
                .forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    PersonSummary summary(ResultSet rs) throws SQLException {
        LocalDate dob = localDate(rs.getDate("date_of_birth"));
        return new PersonSummary(rs.getLong("id"), rs.getString("given_names") + " " + rs.getString("family_name"), dob,
                localDate(rs.getDate("expected_delivery_date")), PersonKind.valueOf(rs.getString("kind")), age(dob));
    }

    public Integer age(LocalDate dob) {
        if (dob == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return dob.isAfter(today) ? null : Period.between(dob, today).getYears();
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
