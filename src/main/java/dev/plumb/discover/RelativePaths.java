package dev.plumb.discover;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** String operations on root-relative, {@code /}-separated paths, cheaper than building {@code Path}s. */
final class RelativePaths {

    private RelativePaths() {}

    /** The containing directory, {@code ""} for a file at the root. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code reference} resolved against {@code directory}; empty when it leaves the root or is absolute. */
    static Optional<String> resolve(String directory, String reference) {
        if (reference.isEmpty() || reference.startsWith("/")) {
            return Optional.empty();
        }
        Deque<String> names = new ArrayDeque<>();
        for (String name : (directory.isEmpty() ? reference : directory + "/" + reference).split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                names.removeLast();
            } else {
                names.addLast(name);
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join("/", names));
    }

    static boolean hasYamlOrJsonExtension(String path) {
        return endsWithIgnoreCase(path, ".yaml") || endsWithIgnoreCase(path, ".yml") || endsWithIgnoreCase(path, ".json");
    }

    /** A Terraform configuration file: {@code .tf}, or OpenTofu's {@code .tofu}, the same language. */
    static boolean hasTerraformExtension(String path) {
        return endsWithIgnoreCase(path, ".tf") || endsWithIgnoreCase(path, ".tofu");
    }

    private static boolean endsWithIgnoreCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }
}
