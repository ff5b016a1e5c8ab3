package dev.plumb.discover;

import dev.plumb.model.SkippedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Walks the user's paths, deciding for each entry whether it is a candidate to read or a skip. It
 * only looks at names and metadata; reading is left to {@link SourceReader} so it can run in
 * parallel.
 */
final class TreeWalk implements FileVisitor<Path> {

    private static final String GITIGNORE = ".gitignore";
    private static final String PLUMBIGNORE = ".plumbignore";

    private final Path root;
    private final String rootPrefix;
    private final IgnoreStack ignores;
    /** How many rule sets each open directory pushed, so leaving it pops exactly those. */
    private final Deque<Integer> pushedPerDirectory = new ArrayDeque<>();
    /**
     * Per open directory: whether {@code .gitignore} leaves it out. Such a directory is entered only
     * for the tracked files in it, and its untracked files stay ignored whatever their own patterns
     * say, as in git.
     */
    private final Deque<Boolean> gitIgnoredPerDirectory = new ArrayDeque<>();
    /** Read from git's index the first time a .gitignore pattern matches; most scans never need it. */
    private TrackedFiles tracked;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<SkippedFile> skipped = new ArrayList<>();
    private Path start;

    TreeWalk(Path root, List<String> excludeGlobs) {
        this.root = root;
        String rootText = root.toString();
        String separator = root.getFileSystem().getSeparator();
        this.rootPrefix = rootText.endsWith(separator) ? rootText : rootText + separator;
        this.ignores = new IgnoreStack(IgnoreRules.parse(excludeGlobs, 0, SkipReasons.CONFIG_EXCLUDE));
    }

    List<Candidate> candidates() {
        return candidates;
    }

    List<SkippedFile> skipped() {
        return skipped;
    }

    /** @param start a real path at or below the root */
    void collect(Path start) {
        this.start = start;
        int preloaded = Files.isDirectory(start) ? loadIgnoreFilesAbove(start) : 0;
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
        } catch (IOException e) {
            throw new UncheckedIOException("the visitor never fails, so this is a bug", e);
        } finally {
            for (int i = 0; i < preloaded; i++) {
                ignores.pop();
            }
        }
    }

    /** A directory named below the root still obeys the ignore files between the root and it. */
    private int loadIgnoreFilesAbove(Path directory) {
        int pushed = 0;
        Path relative = root.relativize(directory);
        Path current = root;
        for (int depth = 0; depth < relative.getNameCount(); depth++) {
            pushed += pushIgnoreFiles(current, depth);
            current = current.resolve(relative.getName(depth));
        }
        return pushed;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String path = relative(dir);
        String[] names = names(path);
        boolean gitIgnored = false;
        if (!dir.equals(start)) {
            Optional<String> reason = WellKnownDirectories.skipReason(names[names.length - 1]);
            if (reason.isEmpty()) {
                Optional<String> byIgnoreFiles = ignores.ignoreReason(names, true);
                gitIgnored = ignoredByGit(byIgnoreFiles);
                reason = gitIgnored ? unlessTracked(path, true) : byIgnoreFiles;
            }
            if (reason.isEmpty() && Files.isSymbolicLink(dir) && !insideRoot(dir)) {
                reason = Optional.of(SkipReasons.OUTSIDE_ROOT);
            }
            if (reason.isPresent()) {
                skip(path, reason.get());
                return FileVisitResult.SKIP_SUBTREE;
            }
        }
        pushedPerDirectory.push(pushIgnoreFiles(dir, dir.equals(root) ? 0 : names.length));
        gitIgnoredPerDirectory.push(gitIgnored);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String path = relative(file);
        if (!file.equals(start)) {
            Optional<String> ignored = ignoreReason(path, names(path), attrs.isDirectory());
            if (ignored.isPresent()) {
                skip(path, ignored.get());
                return FileVisitResult.CONTINUE;
            }
        }
        if (attrs.isSymbolicLink()) {
            // Following links was asked for, so link attributes here mean the target could not be reached.
            skip(path, unreachableLinkReason(file));
        } else if (!attrs.isRegularFile()) {
            // FIFOs, sockets and devices are never opened: reading a FIFO blocks for ever.
            skip(path, SkipReasons.NOT_REGULAR);
        } else if (Files.isSymbolicLink(file) && !insideRoot(file)) {
            skip(path, SkipReasons.OUTSIDE_ROOT);
        } else {
            Object key = attrs.fileKey();
            candidates.add(new Candidate(file, path, attrs.size(), key != null ? key : file));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
        String path = relative(file);
        if (!file.equals(start)) {
            boolean directory = Files.isDirectory(file);
            String[] names = names(path);
            Optional<String> reason =
                    directory ? WellKnownDirectories.skipReason(names[names.length - 1]) : Optional.empty();
            if (reason.isEmpty()) {
                reason = ignoreReason(path, names, directory);
            }
            if (reason.isPresent()) {
                skip(path, reason.get());
                return FileVisitResult.CONTINUE;
            }
        }
        if (exc instanceof FileSystemLoopException) {
            skip(path, SkipReasons.SYMLINK_LOOP);
        } else {
            skip(path, SkipReasons.unreadable(IoReasons.shortReason(exc)));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        int pushed = pushedPerDirectory.pop();
        for (int i = 0; i < pushed; i++) {
            ignores.pop();
        }
        gitIgnoredPerDirectory.pop();
        if (exc != null) {
            skip(relative(dir), SkipReasons.unreadable("listing stopped early: " + IoReasons.shortReason(exc)));
        }
        return FileVisitResult.CONTINUE;
    }

    /** Why the ignore files and excludes leave a path out, if they do. */
    private Optional<String> ignoreReason(String path, String[] names, boolean directory) {
        Optional<String> byIgnoreFiles = ignores.ignoreReason(names, directory);
        return ignoredByGit(byIgnoreFiles) ? unlessTracked(path, directory) : byIgnoreFiles;
    }

    /**
     * Whether the path is out only because of {@code .gitignore}: its own patterns say so, or, when
     * nothing decides, a directory around it is git-ignored. {@code .plumbignore} and the excludes of
     * {@code .plumb.yaml} are the user's word to plumb and apply to tracked files too.
     */
    private boolean ignoredByGit(Optional<String> byIgnoreFiles) {
        return byIgnoreFiles.isPresent()
                ? byIgnoreFiles.get().equals(SkipReasons.GITIGNORE)
                : Boolean.TRUE.equals(gitIgnoredPerDirectory.peek());
    }

    /**
     * Git applies {@code .gitignore} to untracked files only: a tracked file is kept, and so is a
     * directory holding tracked files (entered for them alone).
     */
    private Optional<String> unlessTracked(String path, boolean directory) {
        if (tracked == null) {
            tracked = GitIndex.tracked(root);
        }
        boolean keep = directory ? tracked.holdsTrackedFiles(path) : tracked.isTracked(path);
        return keep ? Optional.empty() : Optional.of(SkipReasons.GITIGNORE);
    }

    /** Pushes {@code .gitignore} then {@code .plumbignore}, so the latter is consulted first. */
    private int pushIgnoreFiles(Path dir, int depth) {
        int pushed = 0;
        for (String name : new String[] {GITIGNORE, PLUMBIGNORE}) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String reason = name.equals(GITIGNORE) ? SkipReasons.GITIGNORE : SkipReasons.PLUMBIGNORE;
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                IgnoreRules rules = IgnoreRules.parse(text, depth, reason);
                if (!rules.isEmpty()) {
                    ignores.push(rules);
                    pushed++;
                }
            } catch (IOException e) {
                // The ignore file is also a candidate, and its read failure is reported when it is read.
            }
        }
        return pushed;
    }

    private boolean insideRoot(Path path) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static String unreachableLinkReason(Path link) {
        try {
            link.toRealPath();
            return SkipReasons.BROKEN_SYMLINK;
        } catch (NoSuchFileException e) {
            return SkipReasons.BROKEN_SYMLINK;
        } catch (FileSystemException e) {
            // A link to itself, or a chain of links that closes on itself (ELOOP).
            return e.getReason() != null && e.getReason().contains("symbolic links")
                    ? SkipReasons.SYMLINK_LOOP
                    : SkipReasons.unreadable(IoReasons.shortReason(e));
        } catch (IOException e) {
            return SkipReasons.unreadable(IoReasons.shortReason(e));
        }
    }

    private void skip(String path, String reason) {
        skipped.add(new SkippedFile(path, reason));
    }

    private String relative(Path path) {
        if (path.equals(root)) {
            return ".";
        }
        String relative = path.toString().substring(rootPrefix.length());
        char separator = path.getFileSystem().getSeparator().charAt(0);
        return separator == '/' ? relative : relative.replace(separator, '/');
    }

    private static String[] names(String relativePath) {
        return relativePath.split("/");
    }
}
