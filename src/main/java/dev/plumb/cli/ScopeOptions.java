package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.engine.ScanOptions;
import dev.plumb.result.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** What a scan counts: retired and test content, and whether finding nothing to scan is an error. */
final class ScopeOptions {

    @Option(names = "--include-retired",
            description = "Count findings in retired and test folders (deprecated/, archive/, test/…) and modules no stack calls.")
    boolean includeRetired;

    @Option(names = "--allow-empty",
            description = "Exit 0 when the paths hold no infrastructure files, instead of failing with exit 2.")
    boolean allowEmpty;

    ScanOptions.Liveness liveness(PlumbConfig configuration) {
        return new ScanOptions.Liveness(configuration.retired(), configuration.live(), includeRetired);
    }

    /**
     * A mistyped or empty directory must not pass a CI gate as "no findings". Files named one by one
     * (a pre-commit hook) may well hold no infrastructure: that is not an error.
     */
    void requireSomethingScanned(ScanResult result, List<Path> paths) {
        if (allowEmpty || !result.coverage().isEmpty() || paths.stream().noneMatch(Files::isDirectory)) {
            return;
        }
        String where = paths.size() == 1 ? paths.get(0).toString() : String.join(", ", paths.stream().map(Path::toString).toList());
        throw new UsageException("nothing to scan under " + where
                + ": no Kubernetes, Terraform, Helm, Ansible or compose files (--allow-empty to accept)");
    }
}
