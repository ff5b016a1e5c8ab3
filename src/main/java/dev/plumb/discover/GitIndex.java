package dev.plumb.discover;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * Reads which files git tracks from the index of the work tree around the scanned root. Only this
 * class touches JGit, and discovery calls it only once a {@code .gitignore} pattern has matched
 * something, so a scan that needs no answer never loads the library.
 */
final class GitIndex {

    private static final String DOT_GIT = ".git";

    private GitIndex() {}

    /**
     * The tracked files below {@code root} (a real path). Never fails: outside a work tree, in a bare
     * repository, or with an index it cannot read (corrupt, or an extension JGit does not support) it
     * answers {@link TrackedFiles#NONE}, and the ignore files decide alone, as they did before git's
     * index was read.
     */
    static TrackedFiles tracked(Path root) {
        if (!insideWorkTree(root)) {
            return TrackedFiles.NONE;
        }
        try {
            return read(root);
        } catch (IOException | RuntimeException | LinkageError unreadable) {
            // A scan never fails for the sake of a refinement; a missing library class counts as unreadable too.
            return TrackedFiles.NONE;
        }
    }

    /** A cheap look, loading no JGit, for a {@code .git} directory or file at or above the root. */
    private static boolean insideWorkTree(Path root) {
        for (Path directory = root; directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve(DOT_GIT))) {
                return true;
            }
        }
        return false;
    }

    private static TrackedFiles read(Path root) throws IOException {
        // findGitDir follows a .git file to a linked work tree's or a submodule's git directory; setup
        // finds the work tree and index that belong to it.
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return TrackedFiles.NONE;
        }
        builder.setup();
        File workTreeDirectory = builder.getWorkTree();
        File indexFile = builder.getIndexFile();
        if (builder.isBare() || workTreeDirectory == null || indexFile == null) {
            return TrackedFiles.NONE;
        }
        Path workTree = workTreeDirectory.toPath().toRealPath();
        if (!root.startsWith(workTree)) {
            return TrackedFiles.NONE;
        }
        String below = workTree.relativize(root).toString().replace(File.separatorChar, '/');
        String prefix = below.isEmpty() ? "" : below + "/";
        DirCache index = DirCache.read(indexFile, FS.DETECTED);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            String path = index.getEntry(i).getPathString();
            if (path.startsWith(prefix)) {
                paths.add(path.substring(prefix.length()));
            }
        }
        return TrackedFiles.of(paths);
    }
}
