package uk.safeguard.migration;

import java.util.List;

/**
 * An SSD object (one CSV file {@code <name>.csv}) as one module imports and exports it.
 *
 * @param name        the SSD object name, e.g. {@code ssd_person} (the file is {@code ssd_person.csv})
 * @param fields      the header: the SSD field names from {@code standards/ssd/objects/<name>.yml}, in that order
 * @param keyField    the field holding the row's own id (e.g. {@code pers_person_id}); a row whose id was imported
 *                    before is skipped, so running the same import twice duplicates nothing
 * @param kind        what that id names once imported
 * @param personField the field naming the person the row is about ({@code cine_person_id}), or null; the engine
 *                    remembers it so later files can check they name the same person ({@link SsdImportContext#personOf})
 * @param order       import order: lower first; export writes files in the same order. Use {@link SsdOrder}.
 */
public record SsdObject(String name, List<String> fields, String keyField, SsdKind kind, String personField, int order) {
    public String fileName() {
        return name + ".csv";
    }
}
