package dev.plumb.discover;

import java.util.List;

/**
 * @param excludeGlobs gitignore-style patterns relative to the scanned root, from {@code .plumb.yaml}
 * @param maxFileBytes files above this size are listed as skipped instead of read
 */
public record DiscoveryOptions(List<String> excludeGlobs, long maxFileBytes) {

    private static final long TEN_MIB = 10L * 1024 * 1024;

    public DiscoveryOptions {
        excludeGlobs = List.copyOf(excludeGlobs);
        if (maxFileBytes < 0) {
            throw new IllegalArgumentException("maxFileBytes must not be negative: " + maxFileBytes);
        }
    }

    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(List.of(), TEN_MIB);
    }
}
