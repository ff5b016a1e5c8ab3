package dev.plumb.report.html;

import dev.plumb.result.Finding;

/**
 * The simplest unit: the first folder of the finding's path, where one service's plain YAML
 * usually lives. Files at the root, and findings about the whole repository, get a unit of their
 * own so they are counted rather than dropped.
 */
final class TopLevelFolders implements FindingUnits {

    static final String ROOT_FILES = "(root files)";
    static final String REPOSITORY = "(repository)";

    @Override
    public String unitOf(Finding finding) {
        String file = finding.file() == null ? "" : finding.file();
        if (file.isBlank()) {
            return REPOSITORY;
        }
        int slash = file.indexOf('/');
        return slash > 0 ? file.substring(0, slash) : ROOT_FILES;
    }
}
