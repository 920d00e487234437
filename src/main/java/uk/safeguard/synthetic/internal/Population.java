package uk.safeguard.synthetic.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The authority's people as compact arrays (a million people fit in a few tens of megabytes): households of one or two
 * resident adults and one to four children, and relatives living elsewhere (an absent father, grandparents, an aunt or
 * uncle). Children are born over the 28 years before the as-of date, so the ten years of history see children who are
 * adults now; households are added until the number of children under 18 on the as-of date reaches the size.
 */
final class Population {
    static final byte CHILD = 0, MOTHER = 1, FATHER = 2, STEP_FATHER = 3, ABSENT_FATHER = 4, GRANDMOTHER = 5,
            GRANDFATHER = 6, AUNT_UNCLE = 7, UNBORN = 8;
    static final int NONE = Integer.MIN_VALUE;

    int people;
    int[] dob = new int[1 << 16];
    int[] expectedDob = new int[1 << 16];
    int[] household = new int[1 << 16];
    int[] death = new int[1 << 16];
    byte[] role = new byte[1 << 16];
    byte[] sex = new byte[1 << 16];
    byte[] ethnicity = new byte[1 << 16];
    short[] forename = new short[1 << 16];
    short[] surname = new short[1 << 16];
    byte[] disability1 = new byte[1 << 16];
    byte[] disability2 = new byte[1 << 16];
    short[] ownStreet = new short[1 << 16]; // address of a relative living elsewhere
    short[] ownHouse = new short[1 << 16];
    byte[] ownLocality = new byte[1 << 16];

    int households;
    int[] hFirst = new int[1 << 14];     // first person (the resident adults, then the children)
    int[] hChildren = new int[1 << 14];  // first child
    int[] hMembersEnd = new int[1 << 14];
    int[] hEnd = new int[1 << 14];       // relatives living elsewhere are [hMembersEnd, hEnd)
    int[] hMother = new int[1 << 14];
    int[] hPartner = new int[1 << 14];
    byte[] hLocality = new byte[1 << 14];
    short[] hStreet = new short[1 << 14];
    short[] hHouse = new short[1 << 14];
    int[] hMovedIn = new int[1 << 14];   // current address from; NONE if always lived there
    short[] hPrevStreet = new short[1 << 14];
    short[] hPrevHouse = new short[1 << 14];
    int[] hPartnerFrom = new int[1 << 14];
    float[] hWeight = new float[1 << 14]; // how often the household comes to children's social care
    int childrenUnder18;

    static Population build(int targetChildren, int asOfDay, SplittableRandom r) {
        Population p = new Population();
        while (p.childrenUnder18 < targetChildren) {
            p.household(asOfDay, r);
        }
        return p;
    }

    private void household(int asOfDay, SplittableRandom r) {
        int h = households++;
        if (h == hFirst.length) {
            growHouseholds();
        }
        hFirst[h] = people;
        int eth = Lists.pick(r, Lists.ETHNICITY_W);
        int family = r.nextInt(Lists.SURNAMES.length);
        int firstBirth = asOfDay - r.nextInt(28 * 365);
        double u = r.nextDouble();
        int kids = u < 0.40 ? 1 : u < 0.75 ? 2 : u < 0.92 ? 3 : 4;
        int mumAge = (18 + r.nextInt(20)) * 365 + r.nextInt(365);
        boolean singleFather = r.nextDouble() < 0.04;
        int mother = NONE;
        if (!singleFather) {
            mother = person(MOTHER, 2, eth, family, firstBirth - mumAge, h, r);
        }
        double shape = r.nextDouble();
        int partner = NONE;
        boolean fatherHere = singleFather || shape < 0.50;
        boolean step = !fatherHere && shape < 0.65;
        int fatherSurname = r.nextDouble() < 0.6 ? family : r.nextInt(Lists.SURNAMES.length);
        if (fatherHere) {
            partner = person(FATHER, 1, similar(eth, r), fatherSurname, firstBirth - mumAge - (r.nextInt(10 * 365) - 2 * 365), h, r);
            hPartnerFrom[h] = firstBirth - 365 - r.nextInt(5 * 365);
        } else if (step) {
            partner = person(STEP_FATHER, 1, similar(eth, r), r.nextInt(Lists.SURNAMES.length),
                    firstBirth - mumAge - (r.nextInt(10 * 365) - 2 * 365), h, r);
            hPartnerFrom[h] = firstBirth + r.nextInt(Math.max(1, Math.min(asOfDay, firstBirth + 15 * 365) - firstBirth));
        }
        hMother[h] = mother;
        hPartner[h] = partner;
        hChildren[h] = people;
        int childSurname = fatherHere ? fatherSurname : family;
        int birth = firstBirth;
        for (int k = 0; k < kids; k++) {
            if (birth > asOfDay) {
                if (birth <= asOfDay + 150 && r.nextDouble() < 0.5) {
                    int c = person(UNBORN, 0, eth, childSurname, NONE, h, r);
                    expectedDob[c] = birth;
                }
                break;
            }
            int c = person(CHILD, 1 + r.nextInt(2), eth, childSurname, birth, h, r);
            if (asOfDay - birth < 18 * 365 + 4) {
                if (LocalDate.ofEpochDay(birth).plusYears(18).toEpochDay() > asOfDay) {
                    childrenUnder18++;
                }
            }
            if (r.nextDouble() < 0.06) {
                disability1[c] = (byte) Lists.pick(r, Lists.DISABILITY_W);
                if (r.nextDouble() < 0.3) {
                    int d2 = Lists.pick(r, Lists.DISABILITY_W);
                    disability2[c] = d2 == disability1[c] ? -1 : (byte) d2;
                }
            }
            birth += 330 + r.nextInt(4 * 365);
        }
        hMembersEnd[h] = people;
        int mumDob = mother == NONE ? firstBirth - mumAge : dob[mother];
        int loc = r.nextInt(Lists.LOCALITIES.length);
        if (!fatherHere && r.nextDouble() < 0.55) {
            elsewhere(person(ABSENT_FATHER, 1, similar(eth, r), fatherSurname, mumDob - (r.nextInt(10 * 365) - 2 * 365), h, r), loc, r);
        }
        if (r.nextDouble() < 0.40) {
            elsewhere(person(GRANDMOTHER, 2, eth, family, mumDob - (18 + r.nextInt(18)) * 365 - r.nextInt(365), h, r), loc, r);
            if (r.nextDouble() < 0.45) {
                elsewhere(person(GRANDFATHER, 1, eth, family, mumDob - (20 + r.nextInt(18)) * 365 - r.nextInt(365), h, r), loc, r);
            }
        }
        if (r.nextDouble() < 0.12) {
            int s = 1 + r.nextInt(2);
            elsewhere(person(AUNT_UNCLE, s, eth, family, mumDob + r.nextInt(16 * 365) - 8 * 365, h, r), loc, r);
        }
        hEnd[h] = people;
        hLocality[h] = (byte) loc;
        hStreet[h] = (short) r.nextInt(Lists.STREETS.length);
        hHouse[h] = (short) (1 + r.nextInt(160));
        if (r.nextDouble() < 0.35) {
            hMovedIn[h] = asOfDay - 30 - r.nextInt(9 * 365);
            hPrevStreet[h] = (short) r.nextInt(Lists.STREETS.length);
            hPrevHouse[h] = (short) (1 + r.nextInt(160));
        } else {
            hMovedIn[h] = NONE;
        }
        double w = r.nextDouble();
        hWeight[h] = w < 0.55 ? 0.12f : w < 0.88 ? 1.0f : 4.5f;
    }

    private void elsewhere(int person, int loc, SplittableRandom r) {
        ownLocality[person] = (byte) (r.nextDouble() < 0.7 ? loc : r.nextInt(Lists.LOCALITIES.length));
        ownStreet[person] = (short) r.nextInt(Lists.STREETS.length);
        ownHouse[person] = (short) (1 + r.nextInt(160));
    }

    private static int similar(int eth, SplittableRandom r) {
        return r.nextDouble() < 0.85 ? eth : Lists.pick(r, Lists.ETHNICITY_W);
    }

    private int person(byte personRole, int personSex, int eth, int family, int birth, int h, SplittableRandom r) {
        int i = people++;
        if (i == dob.length) {
            growPeople();
        }
        role[i] = personRole;
        sex[i] = (byte) personSex;
        ethnicity[i] = (byte) eth;
        surname[i] = (short) family;
        String[] names = personRole == CHILD || personRole == UNBORN
                ? (personSex == 2 ? Lists.GIRLS : Lists.BOYS)
                : (personSex == 2 ? Lists.WOMEN : Lists.MEN);
        forename[i] = (short) r.nextInt(names.length);
        dob[i] = birth;
        expectedDob[i] = NONE;
        household[i] = h;
        death[i] = NONE;
        disability1[i] = -1;
        disability2[i] = -1;
        return i;
    }

    String forename(int i) {
        byte rl = role[i];
        String[] names = rl == CHILD || rl == UNBORN ? (sex[i] == 2 ? Lists.GIRLS : Lists.BOYS)
                : (sex[i] == 2 ? Lists.WOMEN : Lists.MEN);
        return names[forename[i]];
    }

    boolean isMember(int i) {
        return i >= hFirst[household[i]] && i < hMembersEnd[household[i]];
    }

    private void growPeople() {
        int n = dob.length * 2;
        dob = Arrays.copyOf(dob, n);
        expectedDob = Arrays.copyOf(expectedDob, n);
        household = Arrays.copyOf(household, n);
        death = Arrays.copyOf(death, n);
        role = Arrays.copyOf(role, n);
        sex = Arrays.copyOf(sex, n);
        ethnicity = Arrays.copyOf(ethnicity, n);
        forename = Arrays.copyOf(forename, n);
        surname = Arrays.copyOf(surname, n);
        disability1 = Arrays.copyOf(disability1, n);
        disability2 = Arrays.copyOf(disability2, n);
        ownStreet = Arrays.copyOf(ownStreet, n);
        ownHouse = Arrays.copyOf(ownHouse, n);
        ownLocality = Arrays.copyOf(ownLocality, n);
    }

    private void growHouseholds() {
        int n = hFirst.length * 2;
        hFirst = Arrays.copyOf(hFirst, n);
        hChildren = Arrays.copyOf(hChildren, n);
        hMembersEnd = Arrays.copyOf(hMembersEnd, n);
        hEnd = Arrays.copyOf(hEnd, n);
        hMother = Arrays.copyOf(hMother, n);
        hPartner = Arrays.copyOf(hPartner, n);
        hLocality = Arrays.copyOf(hLocality, n);
        hStreet = Arrays.copyOf(hStreet, n);
        hHouse = Arrays.copyOf(hHouse, n);
        hMovedIn = Arrays.copyOf(hMovedIn, n);
        hPrevStreet = Arrays.copyOf(hPrevStreet, n);
        hPrevHouse = Arrays.copyOf(hPrevHouse, n);
        hPartnerFrom = Arrays.copyOf(hPartnerFrom, n);
        hWeight = Arrays.copyOf(hWeight, n);
    }
}
