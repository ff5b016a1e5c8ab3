package dev.plumb.discover;

import dev.plumb.model.LiveScopes;
import dev.plumb.model.SkippedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the scan will look at, and everything it will not, both sorted by path.
 *
 * @param root the absolute, real directory all paths are relative to
 * @param kustomizeNamespaces file path → the namespace the repository's kustomizations build it into
 * @param liveScopes          the retired and test folders
 */
public record DiscoveryResult(Path root, List<SourceFile> files, List<SkippedFile> skipped,
                              Map<String, String> kustomizeNamespaces, LiveScopes liveScopes) {

    public DiscoveryResult {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        kustomizeNamespaces = Map.copyOf(kustomizeNamespaces);
    }
}
