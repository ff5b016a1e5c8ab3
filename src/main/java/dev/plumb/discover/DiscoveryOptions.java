package dev.plumb.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * @param excludeGlobs gitignore-style patterns relative to the scanned root, from {@code .plumb.yaml}
 * @param maxFileBytes files above this size are listed as skipped instead of read
 * @param ownOutputs   files plumb itself is about to write (absolute): listed as skipped, never read
 *                     as input, so a report kept inside the scanned tree does not change the next report
 * @param retiredGlobs folders {@code .plumb.yaml} says are retired (gitignore-style, root-relative)
 * @param liveGlobs    folders {@code .plumb.yaml} says are live whatever their name or README
 */
public record DiscoveryOptions(List<String> excludeGlobs, long maxFileBytes, List<Path> ownOutputs,
                               List<String> retiredGlobs, List<String> liveGlobs) {

    private static final long TEN_MIB = 10L * 1024 * 1024;

    public DiscoveryOptions {
        excludeGlobs = List.copyOf(excludeGlobs);
        retiredGlobs = List.copyOf(retiredGlobs);
        liveGlobs = List.copyOf(liveGlobs);
        ownOutputs = ownOutputs.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        if (maxFileBytes < 0) {
            throw new IllegalArgumentException("maxFileBytes must not be negative: " + maxFileBytes);
        }
    }

    public DiscoveryOptions(List<String> excludeGlobs, long maxFileBytes) {
        this(excludeGlobs, maxFileBytes, List.of());
    }

    public DiscoveryOptions(List<String> excludeGlobs, long maxFileBytes, List<Path> ownOutputs) {
        this(excludeGlobs, maxFileBytes, ownOutputs, List.of(), List.of());
    }

    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(List.of(), TEN_MIB);
    }
}
