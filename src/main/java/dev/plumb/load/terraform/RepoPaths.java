package dev.plumb.load.terraform;

import java.util.ArrayDeque;
import java.util.Deque;

/** Root-relative, '/'-separated paths as plumb reports them; "" is the scanned root itself. */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** The directory of a file path. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The file name of a path, without its directory. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * {@code relative} resolved against the directory {@code base}, normalised; null when it is absolute
     * or climbs above the root.
     */
    public static String resolve(String base, String relative) {
        if (relative.startsWith("/") || relative.startsWith("\\") || relative.startsWith("~")
                || (relative.length() > 1 && relative.charAt(1) == ':')) {
            return null;
        }
        return normalise(base.isEmpty() ? relative : base + "/" + relative);
    }

    /** Removes "." and "dir/.." segments; null when ".." leaves the root. */
    static String normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** How Terraform writes {@code to} seen from {@code from} (both directories): "." for the same one. */
    static String relative(String from, String to) {
        String[] a = from.isEmpty() ? new String[0] : from.split("/");
        String[] b = to.isEmpty() ? new String[0] : to.split("/");
        int common = 0;
        while (common < a.length && common < b.length && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder result = new StringBuilder();
        for (int i = common; i < a.length; i++) {
            result.append(result.length() == 0 ? "" : "/").append("..");
        }
        for (int i = common; i < b.length; i++) {
            result.append(result.length() == 0 ? "" : "/").append(b[i]);
        }
        return result.length() == 0 ? "." : result.toString();
    }
}
