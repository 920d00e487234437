package uk.safeguard.childrecord;

import java.util.List;
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.audit.RecordView;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.RelationshipView;
import uk.safeguard.work.OpenCase;

/**
 * Everything on the child's page: the person, their family and household, open work, clocks and chronology;
 * {@code views} is the "who has viewed this record" log, present only for managers.
 */
public record ChildPage(PersonRecord person, boolean restricted, List<RelationshipView> relationships,
                        List<HouseholdView> households, List<OpenCase> openWork, List<ChildClock> clocks,
                        List<ChronologyEntry> chronology, List<RecordView> views) {}
