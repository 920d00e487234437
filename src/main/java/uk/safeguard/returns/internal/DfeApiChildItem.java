package uk.safeguard.returns.internal;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** One child's item of the DfE {@code CSC} array, with the items (episodes, assessments, plans...) it carries. */
public record DfeApiChildItem(long childId, String laChildId, ObjectNode item, List<DfeApiSentItem> items) {
}
