package dev.plumb.load.helm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Charts from outside the repository, kept on this machine so a scan renders them without the network.
 * The layout is {@code helm pull}'s: {@code <name>-<version>.tgz} in one folder (or the folder
 * {@code helm pull --untar} makes, {@code <name>-<version>/<name>/Chart.yaml}), so an operator without
 * network fills it with {@code helm pull <repo>/<chart> --version <v> -d <cache>} as well as
 * {@code plumb charts pull} does. The folder is {@code $PLUMB_CHART_CACHE}, else
 * {@code $XDG_CACHE_HOME/plumb/charts}, else {@code ~/.cache/plumb/charts}.
 */
public final class ChartCache {

    public static final String ENVIRONMENT = "PLUMB_CHART_CACHE";

    private final Path folder;

    public ChartCache(Path folder) {
        this.folder = folder;
    }

    /** The cache this process uses; a folder that does not exist yet is an empty cache. */
    public static ChartCache ofThisMachine() {
        String configured = System.getenv(ENVIRONMENT);
        if (configured != null && !configured.isBlank()) {
            return new ChartCache(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new ChartCache(Path.of(xdg, "plumb", "charts"));
        }
        String home = System.getProperty("user.home", "");
        return new ChartCache(home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "plumb", "charts"));
    }

    public Path folder() {
        return folder;
    }

    /** The chart {@code name} at {@code version} (exactly as the release pins it), when it is here. */
    public Optional<Path> find(String name, String version) {
        if (folder == null || name == null || name.isBlank() || version == null || version.isBlank()
                || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String base = name + "-" + version.strip().replaceFirst("^v(?=\\d)", "");
        for (String candidate : new String[] {base, name + "-" + version.strip()}) {
            Path archive = folder.resolve(candidate + ".tgz");
            if (Files.isRegularFile(archive)) {
                return Optional.of(archive);
            }
            Path untarred = folder.resolve(candidate).resolve(name);
            if (Files.isRegularFile(untarred.resolve("Chart.yaml"))) {
                return Optional.of(untarred);
            }
        }
        return Optional.empty();
    }
}
