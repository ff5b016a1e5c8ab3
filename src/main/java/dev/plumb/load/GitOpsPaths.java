package dev.plumb.load;

import dev.plumb.model.Node;
import java.util.Optional;

/**
 * A repository folder named by a Flux or Argo CD object ({@code path: ./apps/media}), root-relative as
 * the other stages write paths; {@link #ROOT} for the repository itself. A URL or a templated
 * path names no folder plumb can place.
 */
public final class GitOpsPaths {

    /** The repository's own root folder, as units name it. */
    public static final String ROOT = ".";

    private GitOpsPaths() {}

    public static Optional<String> of(Node path) {
        String text = path.text();
        if (text == null || text.isBlank() || text.contains("://") || text.contains("$") || text.contains("{{")) {
            return Optional.empty();
        }
        String normalised = text.strip().replaceAll("^(\\./)+", "").replaceAll("/+$", "");
        return Optional.of(normalised.isEmpty() || normalised.equals(".") ? ROOT : normalised);
    }
}
