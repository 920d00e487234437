package uk.safeguard.protection;

import java.util.List;

/** A child's protection enquiries as the viewer may see them. */
public record ChildProtectionSummary(long childId, List<EmergencyAction> emergencyActions,
                                     List<StrategyDiscussion> strategyDiscussions,
                                     List<Section47Enquiry> section47Enquiries) {}
