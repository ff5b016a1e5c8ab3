package dev.plumb.discover;

import java.util.Map;
import java.util.Optional;

/**
 * Directories that never hold the platform's own sources and can be huge (a node_modules of 100k
 * files), so they are listed once and never entered.
 */
final class WellKnownDirectories {

    private static final String REASON = "dependency or VCS directory";

    private static final Map<String, String> REASONS =
            Map.ofEntries(
                    Map.entry(".git", REASON),
                    Map.entry(".hg", REASON),
                    Map.entry(".svn", REASON),
                    Map.entry("node_modules", REASON),
                    Map.entry(".terraform", REASON),
                    Map.entry(".terragrunt-cache", REASON),
                    Map.entry(".venv", REASON),
                    Map.entry("venv", REASON),
                    Map.entry("__pycache__", REASON),
                    Map.entry(".tox", REASON),
                    Map.entry(".idea", "editor or tool directory"),
                    Map.entry(".vscode", "editor or tool directory"),
                    Map.entry(".direnv", "editor or tool directory"));

    private WellKnownDirectories() {}

    static Optional<String> skipReason(String directoryName) {
        return Optional.ofNullable(REASONS.get(directoryName));
    }
}
