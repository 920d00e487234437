package uk.safeguard.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.protection.ProtectionFacts.Participant;
import uk.safeguard.protection.ProtectionFacts.StrategyDiscussionFact;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.internal.calculations.Calculations;

/**
 * The multi-agency dataset the committee asked for (DOMAIN.md section 8; issue 7): each referring agency's contacts
 * and referrals to the MASH, and each agency's part in strategy discussions (WT2023 paras 167-168: police, health and
 * children's social care at minimum). Counted the same way as the {@code contacts} and {@code referrals} indicators:
 * one contact per child on a contact, by the London date received.
 */
public final class MultiAgencyDataset {
    static final String NOT_RECORDED = "Not recorded";

    private MultiAgencyDataset() {}

    /**
     * One agency: {@code agencyType} an {@code access.AgencyType} name ("NOT_RECORDED" when unknown);
     * {@code strategyDiscussionsInvited} the discussions held in the period it was part of (invited),
     * {@code strategyDiscussionsAttended} those it attended; {@code percentAttended} null when never invited.
     */
    public record AgencyRow(String agencyType, String agencyName, long contacts, long referrals,
                            long strategyDiscussionsInvited, long strategyDiscussionsAttended, Double percentAttended) {}

    private static final class Tally {
        long contacts;
        long referrals;
        long invited;
        long attended;
    }

    public static List<AgencyRow> compute(ReportingData data, Period period) {
        Map<List<String>, Tally> tallies = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Calculations.Span span = Calculations.span(period);
        for (ContactFact contact : data.contacts()) {
            if (span.contains(contact.receivedAt())) {
                tally(tallies, contact.referrerAgencyType(), contact.referrerAgencyName()).contacts++;
            }
        }
        for (ReferralFact referral : data.referrals()) {
            if (span.contains(referral.referralAt())) {
                tally(tallies, referral.referrerAgencyType(), referral.referrerAgencyName()).referrals++;
            }
        }
        for (StrategyDiscussionFact discussion : data.strategyDiscussions()) {
            if (!span.contains(discussion.heldAt())) {
                continue;
            }
            // An agency named twice at one discussion counts once: invited once, attended if any of its people did.
            Map<List<String>, Boolean> agencies = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                    .thenComparing(k -> k.get(1)));
            for (Participant participant : discussion.participants()) {
                agencies.merge(key(participant.agencyType(), participant.agencyName()), participant.attended(), Boolean::logicalOr);
            }
            agencies.forEach((key, attended) -> {
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
                tally.invited++;
                if (attended) {
                    tally.attended++;
                }
            });
        }
        List<AgencyRow> rows = new ArrayList<>();
        tallies.forEach((key, t) -> rows.add(new AgencyRow(key.get(0), key.get(1), t.contacts, t.referrals, t.invited,
                t.attended, Calculations.percent(t.attended, t.invited))));
        return rows;
    }

    private static Tally tally(Map<List<String>, Tally> tallies, String type, String name) {
        return tallies.computeIfAbsent(key(type, name), k -> new Tally());
    }

    private static List<String> key(String type, String name) {
        return List.of(type == null || type.isBlank() ? "NOT_RECORDED" : type,
                name == null || name.isBlank() ? NOT_RECORDED : name);
    }
}
