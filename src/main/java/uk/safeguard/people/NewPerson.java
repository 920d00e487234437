package uk.safeguard.people;

/** What registering a person needs: their details and, if known, where they live now. */
public record NewPerson(PersonDetails details, NewAddress address) {
    public NewPerson(PersonDetails details) {
        this(details, null);
    }
}
