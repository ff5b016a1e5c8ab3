package dev.plumb.discover;

import java.util.HashSet;
import java.util.Set;

/**
 * The files git tracks below the scanned root, by root-relative path. Git applies {@code .gitignore}
 * to untracked files only, so a tracked file an ignore pattern matches is still part of the
 * repository and still scanned.
 */
final class TrackedFiles {

    static final TrackedFiles NONE = new TrackedFiles(Set.of(), Set.of());

    private final Set<String> files;
    /** Every directory holding a tracked file at any depth, so an ignored directory is entered only when worth it. */
    private final Set<String> directories;

    private TrackedFiles(Set<String> files, Set<String> directories) {
        this.files = files;
        this.directories = directories;
    }

    /** @param paths tracked files, root-relative and {@code /}-separated */
    static TrackedFiles of(Iterable<String> paths) {
        Set<String> files = new HashSet<>();
        Set<String> directories = new HashSet<>();
        for (String path : paths) {
            files.add(path);
            for (String directory = RelativePaths.parent(path); !directory.isEmpty() && directories.add(directory);
                    directory = RelativePaths.parent(directory)) {
                // Parents of a directory already added were added with it.
            }
        }
        return new TrackedFiles(Set.copyOf(files), Set.copyOf(directories));
    }

    boolean isTracked(String path) {
        return files.contains(path);
    }

    boolean holdsTrackedFiles(String directory) {
        return directories.contains(directory);
    }
}
