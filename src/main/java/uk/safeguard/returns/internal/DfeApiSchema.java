package uk.safeguard.returns.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DfE children's social care API schema ({@code components.schemas.CSC} of the DfE's openapi.json, version 1.0.1,
 * copied in {@code resources/returns/}). OpenAPI 3.0 schemas are a JSON Schema draft 4 dialect; formats (dates) are
 * asserted, so "2026-02-30" is refused as the DfE would refuse it.
 */
public final class DfeApiSchema {
    public static final String RESOURCE = "/returns/dfe-csc-api-openapi.json";
    private static final DfeApiSchema INSTANCE = new DfeApiSchema();

    private final Schema batch;
    private final Schema child;

    private DfeApiSchema() {
        JsonNode csc;
        try (InputStream in = DfeApiSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            csc = JsonMapper.builder().build().readTree(in).path("components").path("schemas").path("CSC").deepCopy();
            ((ObjectNode) csc.path("items")).remove("example"); // OpenAPI's example: not a JSON Schema keyword
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        this.batch = registry.getSchema(csc);
        this.child = registry.getSchema(csc.path("items"));
    }

    public static DfeApiSchema get() {
        return INSTANCE;
    }

    /** The schema's messages for one child's item (empty when valid); each names the property, e.g. "/child_details/sex: ...". */
    public List<String> validateChild(JsonNode item) {
        return messages(child.validate(item, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true))));
    }

    /** The messages for a whole request body (an array of at most 100 children). */
    public List<String> validateBatch(JsonNode array) {
        return messages(batch.validate(array, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true))));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).distinct().toList();
    }
}
