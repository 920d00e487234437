package uk.safeguard.returns;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The item one child would be sent with today, whether it meets the DfE schema, and the validator's messages. */
public record DfeApiPreview(long childId, String laChildId, boolean valid, List<String> errors, JsonNode item) {}
