package dev.plumb.load.helm;

import com.marcnuri.helm.DependencyCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fetches a chart from outside the repository into the chart cache, with real Helm: a throw-away chart
 * that depends on it, whose {@code helm dependency update} downloads the archive (HTTP chart repositories
 * and OCI registries alike). The only part of plumb that touches the network, and only when asked.
 */
public final class ChartPuller {

    private final ChartCache cache;

    public ChartPuller(ChartCache cache) {
        this.cache = cache;
    }

    /** What became of one chart: already cached, pulled, or failed with Helm's message. */
    public record Pulled(RemoteCharts.RemoteChart chart, Path archive, String failure) {

        public boolean ok() {
            return failure == null;
        }
    }

    public Pulled pull(RemoteCharts.RemoteChart chart) {
        Optional<Path> cached = cache.find(chart.name(), chart.version());
        if (cached.isPresent()) {
            return new Pulled(chart, cached.get(), null);
        }
        if (cache.folder() == null) {
            return new Pulled(chart, null, "no chart cache folder (set " + ChartCache.ENVIRONMENT + ")");
        }
        Path wrapper = null;
        try {
            wrapper = Files.createTempDirectory("plumb_pull");
            Files.writeString(wrapper.resolve("Chart.yaml"), "apiVersion: v2\nname: plumb-pull\nversion: 0.0.0\n"
                    + "dependencies:\n  - name: " + quoted(chart.name()) + "\n    version: " + quoted(chart.version())
                    + "\n    repository: " + quoted(chart.repository()) + "\n", StandardCharsets.UTF_8);
            Set<Path> before = managerFiles();
            try {
                new DependencyCommand(NativeHelm.library(), wrapper).update().call();
            } finally {
                removeNew(before);
            }
            Path archive = archiveIn(wrapper.resolve("charts"), chart.name());
            Files.createDirectories(cache.folder());
            Path target = cache.folder().resolve(chart.name() + "-" + chart.version() + ".tgz");
            Files.copy(archive, target, StandardCopyOption.REPLACE_EXISTING);
            return new Pulled(chart, target, null);
        } catch (IllegalStateException failure) {
            return new Pulled(chart, null, HelmMessages.clean(failure.getMessage()));
        } catch (IOException | UncheckedIOException | LinkageError failure) {
            return new Pulled(chart, null, failure.getMessage());
        } finally {
            if (wrapper != null) {
                ChartWorkspace.deleteTree(wrapper);
            }
        }
    }

    /**
     * Helm's dependency manager, as helm-java drives it, keeps repository indexes
     * ({@code helm-manager-<hash>-index.yaml}, {@code -charts.txt}) in the working folder, which may be the
     * operator's repository: what a pull leaves there is removed.
     */
    private static Set<Path> managerFiles() {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.filter(file -> file.getFileName().toString().startsWith("helm-manager-")).collect(Collectors.toSet());
        } catch (IOException | UncheckedIOException unreadable) {
            return Set.of();
        }
    }

    private static void removeNew(Set<Path> before) {
        for (Path file : managerFiles()) {
            if (!before.contains(file)) {
                file.toFile().delete();
            }
        }
    }

    private static Path archiveIn(Path charts, String name) throws IOException {
        try (Stream<Path> files = Files.list(charts)) {
            return files.filter(file -> file.getFileName().toString().startsWith(name + "-")
                    && file.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("Helm fetched no archive for " + name));
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
