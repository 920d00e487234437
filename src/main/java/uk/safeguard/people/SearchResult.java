package uk.safeguard.people;

/** One ranked hit; {@code matchedName} says which name matched (it may be an alias or a previous name). */
public record SearchResult(PersonSummary person, String matchedName, NameType matchedNameType, double score) {}
