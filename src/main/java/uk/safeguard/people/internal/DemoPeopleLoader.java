package uk.safeguard.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.DemoMode;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.NameType;
import uk.safeguard.people.NewAddress;
import uk.safeguard.people.NewName;
import uk.safeguard.people.NewPerson;
import uk.safeguard.people.NewRelationship;
import uk.safeguard.people.NhsNumber;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.RelationshipType;

/**
 * Demo mode only, once (people_demo_marker): ~80 synthetic families, ~300 people — children, unborn children,
 * parents, step-parents, grandparents — with households, addresses in the fictional "RF" (Riverford) postcode
 * area, a few aliases, and NHS numbers from the 999 range used for test data. Fixed seed: the same data every time.
 * No real person's data.
 */
@Component
@Order(10)
public class DemoPeopleLoader implements ApplicationRunner {
    private static final int FAMILIES = 80;
    private static final String[] SURNAMES = {"Ashworth", "Barnes", "Carter", "Dawson", "Ellison", "Fairbrother", "Garner",
            "Hartley", "Ingram", "Jarvis", "Kendrick", "Lomax", "Marsden", "Norbury", "Oldham", "Pickering", "Quinlan",
            "Radcliffe", "Sutcliffe", "Thornton", "Underwood", "Varley", "Whitworth", "Yardley", "Ahmed", "Begum", "Hussain",
            "Khan", "Okonkwo", "Adeyemi", "Mensah", "Nowak", "Kowalczyk", "Popescu", "Murphy", "O'Connor", "Campbell",
            "Fletcher", "Greenwood", "Holroyd"};
    private static final String[] GIRLS = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Freya", "Lily", "Grace", "Ruby", "Evie",
            "Aisha", "Zara", "Maya", "Poppy", "Elsie", "Rosie", "Hannah", "Layla", "Chloe", "Nadia"};
    private static final String[] BOYS = {"Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Alfie",
            "Muhammad", "Theo", "Finley", "Ethan", "Kai", "Reuben", "Tyler", "Mason", "Ibrahim", "Callum"};
    private static final String[] WOMEN = {"Sarah", "Emma", "Laura", "Rebecca", "Gemma", "Kelly", "Nicola", "Stacey", "Fatima",
            "Joanne", "Lisa", "Claire", "Amina", "Agnieszka", "Chantelle", "Danielle"};
    private static final String[] MEN = {"David", "Mark", "Daniel", "Lee", "Craig", "Wayne", "Imran", "Paul", "Scott", "Ryan",
            "Kwame", "Piotr", "Darren", "Jason", "Gary", "Stuart"};
    private static final String[] STREETS = {"Mill Lane", "Station Road", "Church Street", "Victoria Terrace", "Canal Side",
            "Oak Avenue", "Weaver Close", "Hollins Road", "Riverside Walk", "Bridge Street", "Moorland View", "Albert Road"};
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "APKN", "ABAN", "BAFR", "AIND", "NOBT"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final DemoMode demo;
    private final PeopleRegister register;
    private final JdbcClient jdbc;
    private final Clock clock;

    public DemoPeopleLoader(DemoMode demo, PeopleRegister register, JdbcClient jdbc, Clock clock) {
        this.demo = demo;
        this.register = register;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select exists (select 1 from people_demo_marker)").query(Boolean.class).single()) {
            return;
        }
        jdbc.sql("insert into people_demo_marker(loaded_at) values (?)").param(Timestamp.from(clock.instant())).update();
        Random random = new Random(20261201L);
        LocalDate today = LocalDate.now(clock);
        for (int family = 1; family <= FAMILIES; family++) {
            new FamilyBuilder(family, random, today).build();
        }
    }

    /** One family: a mother, usually a father or a step-father, one to four children, sometimes a grandparent or an unborn baby. */
    private final class FamilyBuilder {
        private final int familyNo;
        private final Random random;
        private final LocalDate today;
        private final String surname;
        private final NewAddress home;
        private final List<Long> household = new ArrayList<>();

        FamilyBuilder(int familyNo, Random random, LocalDate today) {
            this.familyNo = familyNo;
            this.random = random;
            this.today = today;
            this.surname = SURNAMES[(familyNo - 1) % SURNAMES.length];
            this.home = new NewAddress((1 + random.nextInt(140)) + " " + pick(STREETS), null, "Riverford", postcode(),
                    today.minusMonths(6 + random.nextInt(60)), null);
        }

        void build() {
            String ethnicity = pick(ETHNICITIES);
            long mother = adult(pick(WOMEN), surname, "2", 24 + random.nextInt(18), ethnicity, "mother");
            Long father = null;
            Long stepFather = null;
            int shape = random.nextInt(10);
            if (shape < 5) {
                father = adult(pick(MEN), surname, "1", 26 + random.nextInt(20), ethnicity, "father");
            } else if (shape < 7) {
                stepFather = adult(pick(MEN), pick(SURNAMES), "1", 25 + random.nextInt(20), pick(ETHNICITIES), "step-father");
                register.addRelationship(Actor.SYSTEM, mother, new NewRelationship(stepFather, RelationshipType.PARTNER, false, null, null));
            }
            if (random.nextInt(4) == 0) {
                register.addName(Actor.SYSTEM, mother, new NewName(NameType.PREVIOUS, nameOf(mother), pick(SURNAMES), null, home.from()));
            }
            int children = 1 + random.nextInt(4);
            List<Long> kids = new ArrayList<>();
            for (int i = 0; i < children; i++) {
                boolean girl = random.nextBoolean();
                long child = child(girl ? pick(GIRLS) : pick(BOYS), girl ? "2" : "1", random.nextInt(17), ethnicity);
                kids.add(child);
                register.addRelationship(Actor.SYSTEM, child, new NewRelationship(mother, RelationshipType.PARENT, true, null, null));
                if (father != null) {
                    register.addRelationship(Actor.SYSTEM, child, new NewRelationship(father, RelationshipType.PARENT, true, null, null));
                }
                if (stepFather != null) {
                    register.addRelationship(Actor.SYSTEM, child, new NewRelationship(stepFather, RelationshipType.STEP_PARENT, false, null, null));
                }
                if (i == 0 && random.nextInt(8) == 0) {
                    register.addName(Actor.SYSTEM, child, new NewName(NameType.ALIAS, nameOf(child), pick(SURNAMES), null, null));
                }
            }
            for (int a = 0; a < kids.size(); a++) {
                for (int b = a + 1; b < kids.size(); b++) {
                    register.addRelationship(Actor.SYSTEM, kids.get(a), new NewRelationship(kids.get(b), RelationshipType.SIBLING, false, null, null));
                }
            }
            if (familyNo % 7 == 0) {
                long unborn = register.register(Actor.SYSTEM, new NewPerson(new PersonDetails(PersonKind.UNBORN, "Baby", surname, null,
                        today.plusDays(20 + random.nextInt(150)), null, "0", ethnicity, null, null, "English", false, List.of()), home));
                member(unborn, "unborn child");
                household.add(unborn);
                register.addRelationship(Actor.SYSTEM, unborn, new NewRelationship(mother, RelationshipType.PARENT, true, null, null));
            }
            if (random.nextInt(3) == 0) {
                long grandmother = adult(pick(WOMEN), surname, "2", 58 + random.nextInt(20), ethnicity, "grandparent");
                for (long kid : kids) {
                    register.addRelationship(Actor.SYSTEM, kid, new NewRelationship(grandmother, RelationshipType.GRANDPARENT, false, null, null));
                }
                register.addRelationship(Actor.SYSTEM, mother, new NewRelationship(grandmother, RelationshipType.PARENT, false, null, null));
            }
            register.createHousehold(Actor.SYSTEM, home.line1(), household, home.from());
        }

        private long adult(String given, String family, String sex, int age, String ethnicity, String role) {
            boolean lives = !role.equals("grandparent");
            NewAddress address = lives ? home : new NewAddress((1 + random.nextInt(90)) + " " + pick(STREETS), null, "Riverford",
                    postcode(), today.minusYears(10), null);
            long id = register.register(Actor.SYSTEM, new NewPerson(new PersonDetails(PersonKind.ADULT, given, family,
                    birthday(age), null, sex, sex, ethnicity, nhsNumber(), null, "English", false, List.of()), address));
            member(id, role);
            if (lives) {
                household.add(id);
            }
            return id;
        }

        private long child(String given, String sex, int age, String ethnicity) {
            List<String> disabilities = random.nextInt(10) == 0 ? List.of(pick(new String[] {"AUT", "LD", "COMM", "HEAR"})) : List.of();
            boolean interpreter = ethnicity.equals("APKN") && random.nextBoolean();
            long id = register.register(Actor.SYSTEM, new NewPerson(new PersonDetails(PersonKind.CHILD, given, surname,
                    birthday(age), null, sex, sex, ethnicity, nhsNumber(), null, interpreter ? "Urdu" : "English", interpreter,
                    disabilities), home));
            member(id, "child");
            household.add(id);
            return id;
        }

        private void member(long personId, String role) {
            jdbc.sql("insert into people_demo_member(family_no, person_id, role) values (?, ?, ?)").params(familyNo, personId, role).update();
        }

        private String nameOf(long id) {
            return jdbc.sql("select given_names from person_name where person_id = ? and name_type = 'CURRENT'").param(id).query(String.class).single();
        }

        private LocalDate birthday(int age) {
            return today.minusYears(age).minusDays(1 + random.nextInt(360));
        }

        /** 999 range: numbers set aside for testing, never issued to patients. */
        private String nhsNumber() {
            while (true) {
                String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
                Integer check = NhsNumber.checkDigit(nine);
                if (check != null) {
                    return nine + check;
                }
            }
        }

        /** "RF" is not a real UK postcode area: Riverford is fictional. */
        private String postcode() {
            return "RF" + (1 + random.nextInt(12)) + " " + random.nextInt(10)
                    + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                    + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
