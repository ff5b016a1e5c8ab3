package dev.plumb.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths the user named, resolved to real paths, and the directory every reported path is
 * relative to: the deepest directory containing all of them.
 */
record ScanTargets(Path root, List<Path> starts) {

    static ScanTargets resolve(List<Path> given) {
        if (given.isEmpty()) {
            throw new IllegalArgumentException("no path to scan");
        }
        List<Path> starts = new ArrayList<>(given.size());
        Path root = null;
        for (Path path : given) {
            Path real = realPath(path);
            starts.add(real);
            Path directory = Files.isDirectory(real) ? real : real.getParent();
            root = root == null ? directory : commonAncestor(root, directory);
        }
        return new ScanTargets(root, List.copyOf(starts));
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new NoSuchPathException(path.toString(), "path not found: " + path);
        } catch (IOException e) {
            throw new NoSuchPathException(path.toString(), "cannot open " + path + ": " + IoReasons.shortReason(e));
        }
    }

    private static Path commonAncestor(Path a, Path b) {
        Path common = a;
        while (!b.startsWith(common)) {
            common = common.getParent();
        }
        return common;
    }
}
