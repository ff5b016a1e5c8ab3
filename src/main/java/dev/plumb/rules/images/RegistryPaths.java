package dev.plumb.rules.images;

import java.util.Locale;
import java.util.Set;

/**
 * Where an image is pulled from, spelled out the way a container runtime resolves it:
 * {@code nginx} is {@code docker.io/library/nginx}, {@code bitnami/redis} is {@code docker.io/bitnami/redis}.
 */
final class RegistryPaths {

    static final String DOCKER_HUB = "docker.io";
    private static final Set<String> DOCKER_HUB_ALIASES = Set.of(
            "docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");

    private RegistryPaths() {
    }

    /** The fully qualified location of an image repository (no tag, no digest), in lower case. */
    static String ofImage(String repository) {
        String[] parts = split(repository);
        String path = parts[1];
        // Only Docker Hub puts one-segment names under library/; other registries take them as written.
        if (parts[0].equals(DOCKER_HUB) && path.indexOf('/') < 0) {
            path = "library/" + path;
        }
        return parts[0] + "/" + path;
    }

    /**
     * An allowed-registries entry in the same spelling: a registry ({@code ghcr.io}), or a registry
     * with a path prefix ({@code ghcr.io/acme}); an entry without a registry ({@code bitnami}) is a
     * Docker Hub namespace, as it would be in an image name.
     */
    static String ofEntry(String entry) {
        String trimmed = entry.trim().replaceFirst("^[a-zA-Z]+://", "");
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String[] parts = split(trimmed);
        return parts[1].isEmpty() ? parts[0] : parts[0] + "/" + parts[1];
    }

    /** True when {@code location} is {@code prefix} or lies under it, on a path-segment boundary. */
    static boolean isUnder(String location, String prefix) {
        return location.equals(prefix) || location.startsWith(prefix + "/");
    }

    /** The registry host of a location. */
    static String registryOf(String location) {
        int slash = location.indexOf('/');
        return slash < 0 ? location : location.substring(0, slash);
    }

    /** {registry, path}: the first segment is a registry when it looks like a host (a dot, a port, localhost). */
    private static String[] split(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        int slash = lower.indexOf('/');
        String first = slash < 0 ? lower : lower.substring(0, slash);
        boolean isHost = first.contains(".") || first.contains(":") || first.equals("localhost");
        if (!isHost) {
            return new String[] {DOCKER_HUB, lower};
        }
        String registry = DOCKER_HUB_ALIASES.contains(first) ? DOCKER_HUB : first;
        return new String[] {registry, slash < 0 ? "" : lower.substring(slash + 1)};
    }
}
