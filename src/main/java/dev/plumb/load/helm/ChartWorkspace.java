package dev.plumb.load.helm;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedChart.Dependency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The chart Helm is given. Usually the repository's own directory, read in place; a temporary copy
 * when the chart needs changes for an offline, faithful render — nothing is ever written into the
 * scanned repository:
 * <ul>
 *   <li>{@code lookup} asks a live cluster; {@code helm template} answers it with an empty map, so the
 *       copy does the same ({@code omit (dict) …} is an empty map whatever the arguments);</li>
 *   <li>hooks are left out of the rendered manifest: their annotation is renamed so they render with the
 *       rest (and named back afterwards, see {@link #HOOK_STANDIN});</li>
 *   <li>{@code .Capabilities.APIVersions.Has "g/v"} for an API the repository's CRDs declare is true, as
 *       it is on the cluster those CRDs are installed in;</li>
 *   <li>a dependency neither vendored under {@code charts/} nor a local {@code file://} chart cannot be
 *       fetched offline: it is dropped, and the chart renders without it (in part);</li>
 *   <li>symbolic links are left out: Helm would follow them out of the repository.</li>
 * </ul>
 */
final class ChartWorkspace implements AutoCloseable {

    /** What a hook annotation is renamed to for the render: an annotation Helm gives no meaning to. */
    static final String HOOK_STANDIN = "plumb.dev/hook";
    private static final String HOOK = "helm.sh/hook";

    private static final List<String> DEPENDENCY_FILES = List.of("Chart.yaml", "requirements.yaml");
    private static final Pattern ACTION = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern LOOKUP = Pattern.compile("(?<![\\w.$])lookup(?=\\s)");
    private static final Pattern HAS_API = Pattern.compile("\\$?\\.Capabilities\\.APIVersions\\.Has\\s+\"([^\"]+)\"");

    private final Path chart;
    private final Path temporary;
    private final List<Dependency> missing;
    private final boolean lookups;

    private ChartWorkspace(Path chart, Path temporary, List<Dependency> missing, boolean lookups) {
        this.chart = chart;
        this.temporary = temporary;
        this.missing = missing;
        this.lookups = lookups;
    }

    /** The chart to render, ready. {@code apiVersions}: group/version (and group/version/Kind) the repository's CRDs serve. */
    static ChartWorkspace prepare(Path chartDir, String chartPath, Set<String> apiVersions) {
        List<Dependency> dependencies = dependencies(chartDir, chartPath);
        List<Dependency> missing = new ArrayList<>();
        List<Dependency> local = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            if (vendored(chartDir, dependency.name())) {
                continue;
            }
            Path source = localSource(chartDir, dependency);
            if (source != null) {
                local.add(dependency);
            } else {
                missing.add(dependency);
            }
        }
        List<Path> templates = templates(chartDir);
        boolean lookups = false;
        boolean rewrite = false;
        for (Path template : templates) {
            String text = read(template);
            boolean lookup = usesLookup(text);
            lookups |= lookup;
            rewrite |= lookup || text.contains(HOOK) || declaredApi(text, apiVersions);
        }
        // Helm follows links, out of the repository (a template linked to /etc/passwd) or round in a loop: a
        // chart holding one renders from a copy without them.
        boolean links = holdsLinks(chartDir);
        if (!rewrite && missing.isEmpty() && local.isEmpty() && !links) {
            return new ChartWorkspace(chartDir, null, List.of(), false);
        }
        Path copy;
        try {
            copy = Files.createTempDirectory("plumb_chart");
            Path target = copy.resolve(chartDir.getFileName() == null ? "chart" : chartDir.getFileName().toString());
            copyTree(chartDir, target);
            for (Dependency dependency : local) {
                copyTree(localSource(chartDir, dependency), target.resolve("charts").resolve(dependency.name()));
            }
            for (Path template : templates(target)) {
                String text = read(template);
                String rewritten = rewrite(text, apiVersions);
                if (!rewritten.equals(text)) {
                    Files.writeString(template, rewritten, StandardCharsets.UTF_8);
                }
            }
            if (!missing.isEmpty() || !local.isEmpty()) {
                dropDependencies(target, missing);
            }
            return new ChartWorkspace(target, copy, List.copyOf(missing), lookups);
        } catch (IOException | UncheckedIOException failure) {
            throw new HelmEngine.RenderFailure("could not prepare the chart for rendering: " + failure.getMessage(), false);
        }
    }

    Path chart() {
        return chart;
    }

    /** Dependencies the chart renders without: neither vendored nor local. */
    List<Dependency> missing() {
        return missing;
    }

    /** True when a template asks the cluster for objects: rendered as {@code helm template} does, with none found. */
    boolean lookups() {
        return lookups;
    }

    @Override
    public void close() {
        if (temporary != null) {
            deleteTree(temporary);
        }
    }

    static String rewrite(String text, Set<String> apiVersions) {
        String hooks = text.replace(HOOK, HOOK_STANDIN);
        Matcher action = ACTION.matcher(hooks);
        StringBuilder out = new StringBuilder(hooks.length());
        while (action.find()) {
            String inside = LOOKUP.matcher(action.group()).replaceAll("omit (dict)");
            Matcher has = HAS_API.matcher(inside);
            StringBuilder resolved = new StringBuilder();
            while (has.find()) {
                has.appendReplacement(resolved, apiVersions.contains(has.group(1)) ? "true" : Matcher.quoteReplacement(has.group()));
            }
            has.appendTail(resolved);
            action.appendReplacement(out, Matcher.quoteReplacement(resolved.toString()));
        }
        action.appendTail(out);
        return out.toString();
    }

    private static boolean holdsLinks(Path chartDir) {
        try (Stream<Path> paths = Files.walk(chartDir)) {
            return paths.anyMatch(Files::isSymbolicLink);
        } catch (IOException | UncheckedIOException unreadable) {
            return true;
        }
    }

    private static boolean usesLookup(String text) {
        Matcher action = ACTION.matcher(text);
        while (action.find()) {
            if (LOOKUP.matcher(action.group()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaredApi(String text, Set<String> apiVersions) {
        Matcher has = HAS_API.matcher(text);
        while (has.find()) {
            if (apiVersions.contains(has.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Chart.yaml's dependencies, and those of requirements.yaml, where charts of apiVersion v1 list them. */
    static List<Dependency> dependencies(Path chartDir, String chartPath) {
        List<Dependency> dependencies = new ArrayList<>();
        for (String name : DEPENDENCY_FILES) {
            Path declared = chartDir.resolve(name);
            if (Files.isRegularFile(declared)) {
                dependencies.addAll(declaredIn(read(declared), chartPath.isEmpty() ? name : chartPath + "/" + name));
            }
        }
        return dependencies;
    }

    private static List<Dependency> declaredIn(String text, String file) {
        List<Dependency> dependencies = new ArrayList<>();
        for (Node document : YamlDocuments.parse(file, text).documents()) {
            for (Node entry : document.get("dependencies").elements()) {
                String name = entry.get("name").text();
                if (name != null && !name.isBlank()) {
                    dependencies.add(new Dependency(name, entry.get("repository").textOr(""), entry.get("version").textOr(""),
                            entry.position()));
                }
            }
        }
        return dependencies;
    }

    /** Helm takes a dependency from {@code charts/}: a directory of that name, or an archive named after it. */
    static boolean vendored(Path chartDir, String name) {
        Path charts = chartDir.resolve("charts");
        if (Files.isRegularFile(charts.resolve(name).resolve("Chart.yaml"))) {
            return true;
        }
        if (!Files.isDirectory(charts)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(charts)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .anyMatch(entry -> entry.startsWith(name + "-") && entry.endsWith(".tgz")
                            && Character.isDigit(entry.charAt(name.length() + 1)));
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static Path localSource(Path chartDir, Dependency dependency) {
        if (!dependency.repository().startsWith("file://")) {
            return null;
        }
        Path source = chartDir.resolve(dependency.repository().substring("file://".length())).normalize();
        return Files.isRegularFile(source.resolve("Chart.yaml")) ? source : null;
    }

    /** Every file under a {@code templates/} folder of the chart and of its subchart folders. */
    private static List<Path> templates(Path chartDir) {
        List<Path> templates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(chartDir)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> chartDir.relativize(file).toString().replace('\\', '/').matches("(?:charts/[^/]+/)*templates/.*"))
                    .forEach(templates::add);
        } catch (IOException | UncheckedIOException unreadable) {
            return templates;
        }
        return templates;
    }

    /** The chart without the dependencies that cannot be had, and no lock file to disagree with it. */
    private static void dropDependencies(Path chartDir, List<Dependency> missing) throws IOException {
        Set<String> dropped = new HashSet<>();
        missing.forEach(dependency -> dropped.add(dependency.name()));
        for (String name : DEPENDENCY_FILES) {
            Path declared = chartDir.resolve(name);
            List<Node> documents = Files.isRegularFile(declared) ? YamlDocuments.parse(name, read(declared)).documents() : List.of();
            if (!documents.isEmpty() && documents.get(0).isMap()) {
                Files.writeString(declared, JsonValues.without(documents.get(0), "dependencies", dropped), StandardCharsets.UTF_8);
            }
        }
        Files.deleteIfExists(chartDir.resolve("Chart.lock"));
        Files.deleteIfExists(chartDir.resolve("requirements.lock"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException unreadable) {
            return "";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary folder left behind costs disk space, not correctness; the OS clears it.
        }
    }
}
