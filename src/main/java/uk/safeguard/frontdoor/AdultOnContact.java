package uk.safeguard.frontdoor;

/** An adult involved (parent, carer, partner, alleged perpetrator ...), as the referrer describes them. */
public record AdultOnContact(String name, String relationship, String details) {}
