package dev.plumb.discover;

import dev.plumb.model.SkippedFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the scan will look at, and everything it will not, both sorted by path.
 *
 * @param root the absolute, real directory all paths are relative to
 */
public record DiscoveryResult(Path root, List<SourceFile> files, List<SkippedFile> skipped) {

    public DiscoveryResult {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
