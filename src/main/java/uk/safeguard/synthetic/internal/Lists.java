package uk.safeguard.synthetic.internal;

import java.util.SplittableRandom;

/**
 * Fixed lists for the synthetic authority: common English first names and surnames (combined at random, so no real
 * person), fictional Riverford localities and streets, and the SSD code lists with weights. Codes are copied from
 * shared/standards/ssd/categories (ethnicity as the V30 reference table, the full DfE set).
 */
final class Lists {
    private Lists() {}

    static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
            "Grace", "Freya", "Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna",
            "Sofia", "Daisy", "Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby", "Emilia", "Maya", "Millie", "Isabelle",
            "Eva", "Luna", "Jessica", "Aria", "Chloe", "Maisie", "Layla", "Ellie", "Scarlett", "Hannah", "Zara", "Aisha",
            "Amira", "Fatima", "Maryam", "Nadia", "Chantelle", "Jasmine", "Holly", "Megan", "Lauren", "Abigail", "Leah",
            "Molly", "Erin", "Katie", "Bethany", "Niamh", "Zoe", "Imogen", "Lucy", "Amber", "Eleanor", "Hollie", "Tia",
            "Kayla", "Summer", "Skye", "Hafsa", "Zainab", "Oliwia", "Zuzanna", "Adaeze", "Precious", "Esther", "Grace"};
    static final String[] BOYS = {"Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Freddie",
            "Archie", "Theo", "Henry", "Jack", "Alfie", "Charlie", "Finley", "Thomas", "Harry", "Jacob", "Lucas", "Isaac",
            "Tommy", "Roman", "Teddy", "Edward", "Albie", "Joshua", "James", "William", "Reggie", "Max", "Ronnie", "Louie",
            "Hunter", "Mason", "Ethan", "Elijah", "Daniel", "Adam", "Harrison", "Logan", "Kai", "Riley", "Tyler", "Callum",
            "Jayden", "Kian", "Connor", "Liam", "Dylan", "Ryan", "Lewis", "Jake", "Nathan", "Ibrahim", "Yusuf", "Ayaan",
            "Zayn", "Omar", "Hamza", "Jakub", "Szymon", "Chidi", "Kwame", "Samuel", "Joseph", "Benjamin", "Caleb", "Reuben",
            "Bobby", "Frankie", "Sonny", "Harley", "Kayden", "Brandon", "Luke", "Aaron", "Jamie", "Owen", "Rhys"};
    static final String[] WOMEN = {"Sarah", "Emma", "Laura", "Rebecca", "Gemma", "Kelly", "Nicola", "Stacey", "Joanne", "Lisa",
            "Claire", "Amy", "Hayley", "Jade", "Danielle", "Samantha", "Michelle", "Rachel", "Victoria", "Natalie", "Louise",
            "Charlotte", "Hannah", "Katie", "Lauren", "Sophie", "Jessica", "Amanda", "Donna", "Tracey", "Karen", "Julie",
            "Susan", "Angela", "Helen", "Fatima", "Amina", "Shazia", "Nasreen", "Agnieszka", "Monika", "Chantelle",
            "Kerry", "Leanne", "Zoe", "Carly", "Abigail", "Ngozi", "Blessing", "Precious", "Aaliyah", "Shannon", "Chelsea",
            "Jodie", "Kirsty", "Melissa", "Emily", "Lucy", "Jennifer", "Catherine", "Elizabeth", "Margaret", "Patricia",
            "Linda", "Christine", "Janet", "Sandra", "Carol", "Pauline", "Brenda"};
    static final String[] MEN = {"David", "Mark", "Daniel", "Lee", "Craig", "Wayne", "Paul", "Scott", "Ryan", "Darren",
            "Jason", "Gary", "Stuart", "Andrew", "Michael", "Christopher", "James", "John", "Matthew", "Richard", "Steven",
            "Robert", "Thomas", "Adam", "Jamie", "Dean", "Carl", "Neil", "Martin", "Anthony", "Kevin", "Shaun", "Ian",
            "Imran", "Tariq", "Asif", "Mohammed", "Ali", "Piotr", "Tomasz", "Kwame", "Emeka", "Tunde", "Nathan", "Liam",
            "Jordan", "Connor", "Kieran", "Ashley", "Luke", "Ben", "Sam", "Joe", "Peter", "Alan", "Keith", "Brian", "Colin",
            "Graham", "Barry", "Trevor", "Derek", "Raymond", "Philip", "Simon", "Stephen", "Lewis", "Callum", "Bradley"};
    static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
            "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
            "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
            "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
            "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook",
            "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan",
            "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman",
            "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer",
            "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
            "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard",
            "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks",
            "West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien",
            "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart",
            "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley",
            "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson",
            "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke",
            "Bates", "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross",
            "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
            "Nowak", "Kowalski", "Okafor", "Adeyemi", "Mensah", "Osei", "Rahman", "Iqbal", "Malik", "Akhtar", "Mahmood",
            "Chowdhury", "Miah", "Uddin", "Popescu", "Kaya", "Nguyen", "Chen", "Wang", "Li"};
    static final String[] LOCALITIES = {"Northfield", "Southbank", "Eastwood", "Westgate", "Castleton", "Millbrook",
            "Harbourside", "Kingsmead", "Ashby", "Fenwick", "Oakley", "Redhill"};
    static final String[] STREETS = {"Mill Lane", "Station Road", "Church Street", "Victoria Terrace", "Canal Side",
            "Oak Avenue", "Weaver Close", "Hollins Road", "Riverside Walk", "Bridge Street", "Moorland View", "Albert Road",
            "High Street", "Park Road", "Queen Street", "King Street", "Manor Way", "Green Lane", "Chapel Street",
            "School Lane", "Meadow Close", "Elm Grove", "Ash Road", "Beech Drive", "Willow Crescent", "Cedar Court",
            "Hawthorn Avenue", "Linden Road", "Orchard Way", "Springfield Road", "Grange Road", "Priory Close",
            "Castle Street", "Market Street", "New Road", "North Road", "South Street", "West End", "Brook Street",
            "Fern Bank", "Heather Close", "Holly Road", "Ivy Lane", "Juniper Way", "Larch Close", "Maple Road",
            "Poplar Street", "Rowan Drive", "Sycamore Avenue", "Thorn Lane", "Vicarage Road", "Wharf Street",
            "York Road", "Lancaster Avenue", "Stanley Street", "Nelson Terrace", "Wellington Road", "Alexandra Road",
            "Clarence Street", "Gordon Street"};
    static final String[] BUILDINGS = {"Weaver House", "Canal Court", "Mill View", "Riverside Court", "Albion House",
            "Pennine Heights", "Kestrel House", "Heron Court"};
    static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    // ethnicity (DfE codes, V30 ref_ethnicity), weights roughly an English urban authority's children
    static final String[] ETHNICITY = {"WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "CHNE", "AOTH", "BCRB", "BAFR", "BOTH", "OOTH", "REFU", "NOBT"};
    static final double[] ETHNICITY_W = {62, 1, 7, 0.3, 0.7, 2, 1, 1.5, 2.5, 3, 5, 2, 0.7, 2, 1.5, 3.5, 1, 2, 0.3, 1};

    static final String[] DISABILITY = {"AUT", "BEH", "COMM", "CON", "DDA", "HAND", "HEAR", "INC", "LD", "MOB", "PC", "VIS"};
    static final double[] DISABILITY_W = {30, 12, 14, 2, 6, 2, 5, 3, 16, 6, 2, 3};

    // contact_source.yml (the same codes serve referrals); weights after the DfE 2024-25 referral sources
    static final String[] SOURCE = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B",
            "5C", "5D", "6", "7", "8", "9", "10"};
    static final String[] SOURCE_DESC = {"INDIVIDUAL - family member, relative or carer",
            "INDIVIDUAL - acquaintance (including neighbours and child minders)", "INDIVIDUAL - self",
            "INDIVIDUAL - other (including strangers or Members of Parliament (MPs))", "SCHOOLS", "EDUCATION SERVICES",
            "HEALTH SERVICES - general practitioner (GP)", "HEALTH SERVICES - health visitor",
            "HEALTH SERVICES - school nurse", "HEALTH SERVICES - other primary health services",
            "HEALTH SERVICES - A&E (accident and emergency department)", "HEALTH SERVICES - other (for example hospice)",
            "HOUSING - local authority housing or housing association",
            "LA SERVICES - social care, for example adults social care services",
            "LA SERVICES - other internal services, not including social care or early help",
            "LA SERVICES - external, from another local authority’s services, for example social care or early help",
            "LA SERVICES - early help", "POLICE",
            "OTHER LEGAL AGENCY - including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison",
            "OTHER - including children’s centres, independent agency providers or voluntary organisations", "ANONYMOUS",
            "UNKNOWN"};
    static final double[] SOURCE_W = {5, 1, 1, 1, 21, 2, 2, 2, 1, 1.5, 3, 5.5, 2, 4, 2, 2, 4, 29, 3, 5, 1, 2};

    // primary_need.yml N1-N8, weights after the DfE CIN census
    static final String[] NEED = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"};
    static final double[] NEED_W = {57, 9, 5, 8, 15, 2, 0.5, 3.5};

    // CP plan categories (CIN census codes): neglect ~50%, emotional ~37%, physical ~7%, sexual ~4%, multiple ~2%
    static final String[] CATEGORY = {"NEG", "EMO", "PHY", "SAB", "MUL"};
    static final double[] CATEGORY_W = {50, 37, 7, 4, 2};

    // assessment_factors.yml, the commoner ones weighted as the DfE factor counts
    static final String[] FACTOR = {"1B", "2B", "3A", "3B", "3C", "4A", "4B", "5A", "5B", "6A", "6B", "7A", "10A", "11A",
            "14A", "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "22A", "23A", "24A", "2A", "1A", "13A", "9A"};
    static final double[] FACTOR_W = {7, 8, 12, 15, 3, 11, 18, 3, 2.5, 2.5, 3, 1.5, 3, 2, 3, 4, 10, 12, 1, 5, 1, 2.5, 8,
            0.2, 0.3, 2.5, 2, 1, 1, 1};

    static final String[] OUTCOME_CONTACT = {"NEW_REFERRAL_FLAG", "EXISTING_REFERRAL_FLAG", "CP_ENQUIRY_FLAG", "NFA_FLAG",
            "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "ADVICE_FLAG", "MISSING_FLAG", "OLA_CP_FLAG",
            "OTHER_OUTCOMES_EXIST_FLAG"};
    static final String[] OUTCOME_REFERRAL = {"SINGLE_ASSESSMENT_FLAG", "NFA_FLAG", "STRATEGY_DISCUSSION_FLAG",
            "CLA_REQUEST_FLAG", "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "CP_TRANSFER_IN_FLAG",
            "CP_CONFERENCE_FLAG", "CARE_LEAVER_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"};
    static final String[] OUTCOME_ASSESSMENT = {"NFA_FLAG", "NFA_S47_END_FLAG", "STRATEGY_DISCUSSION_FLAG",
            "CLA_REQUEST_FLAG", "PRIVATE_FOSTERING_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG",
            "PROV_OF_SB_CARE_FLAG", "SPECIALIST_ASSESSMENT_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "OTHER_ACTIONS_FLAG",
            "OTHER_OUTCOMES_EXIST_FLAG"};
    static final String[] OUTCOME_S47 = {"NFA_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG",
            "CP_CONFERENCE_FLAG", "NFA_CONTINUE_SINGLE_FLAG", "MONITOR_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"};
    static final String[] OUTCOME_ICPC = {"NFA_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "SINGLE_ASSESSMENT_FLAG",
            "PROV_OF_SERVICES_FLAG", "CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"};

    static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static String any(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
