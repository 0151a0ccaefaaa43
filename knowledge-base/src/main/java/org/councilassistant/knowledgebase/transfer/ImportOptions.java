package org.councilassistant.knowledgebase.transfer;

/**
 * How to import a file.
 *
 * @param dryRun work out and report what the import would change, and write nothing
 */
public record ImportOptions(ImportMode mode, boolean dryRun) {

    public static final ImportOptions MERGE = new ImportOptions(ImportMode.MERGE, false);

    public static ImportOptions of(ImportMode mode) {
        return new ImportOptions(mode, false);
    }

    /** The same import, worked out but not written. */
    public ImportOptions preview() {
        return new ImportOptions(mode, true);
    }
}
