package dev.plumb.load.helm;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedChart;
import dev.plumb.model.RenderedCharts;
import dev.plumb.model.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One release of a repository chart rendered by Helm and read back as objects on the lines an operator
 * edits. A chart Helm cannot render is one problem, on the template line Helm names.
 */
final class ChartRendering {

    /** The objects Helm made mark themselves with this loader name. */
    static final String LOADER = "helm";

    private ChartRendering() {}

    /** The namespace a chart deployed nowhere is rendered into: what lands there has no known namespace. */
    static final String UNPLACED = "plumb-unplaced";

    enum Status {
        RENDERED,
        /** Helm failed, and the chart is at fault: {@code problem} says where. */
        FAILED,
        /** Helm failed for want of values the repository does not hold (a chart deployed elsewhere). */
        NEEDS_VALUES,
        /** Helm could not run on this machine: no chart renders in this run. */
        NO_ENGINE
    }

    /**
     * @param missing dependencies the chart rendered without
     * @param lookups the chart asks a cluster for objects, answered as {@code helm template} does: none
     */
    record Outcome(Status status, List<Resource> resources, LoadProblem problem, List<RenderedChart.Dependency> missing,
                   boolean lookups, Set<String> switchedOff) {

        static Outcome failed(Status status, LoadProblem problem) {
            return new Outcome(status, List.of(), problem, List.of(), false, Set.of());
        }

        boolean rendered() {
            return status == Status.RENDERED;
        }
    }

    static Outcome render(Path root, ChartRelease release, Set<String> apiVersions, Map<String, Position> related) {
        if (release.cached() == null) {
            String chartPath = release.chartPath();
            return render(root, release, chartPath.equals(GitOpsPaths.ROOT) ? root : root.resolve(chartPath), apiVersions,
                    related);
        }
        if (Files.isDirectory(release.cached())) {
            return render(root, release, release.cached(), apiVersions, related);
        }
        Path unpacked = null;
        try {
            unpacked = Files.createTempDirectory("plumb_cached");
            return render(root, release, ChartArchive.unpack(release.cached(), unpacked), apiVersions, related);
        } catch (IOException | UncheckedIOException unreadable) {
            return Outcome.failed(Status.FAILED, new LoadProblem(release.declaredAt(),
                    "could not read the cached chart " + release.cached().getFileName() + ": " + unreadable.getMessage()));
        } finally {
            if (unpacked != null) {
                ChartWorkspace.deleteTree(unpacked);
            }
        }
    }

    /** {@code chartDir}: the chart's folder, in the repository or unpacked from the cache. */
    private static Outcome render(Path root, ChartRelease release, Path chartDir, Set<String> apiVersions,
                                  Map<String, Position> related) {
        String chartPath = release.chartPath() == null ? "" : release.chartPath();
        List<Path> valuesFiles = new ArrayList<>();
        try (ChartWorkspace workspace = ChartWorkspace.prepare(chartDir, files(chartPath, ""), apiVersions)) {
            for (Node values : release.values()) {
                Path file = Files.createTempFile("plumb_values", ".json");
                valuesFiles.add(file);
                Files.writeString(file, JsonValues.of(values, release.variables()), StandardCharsets.UTF_8);
            }
            String namespace = release.namespace() == null ? UNPLACED : release.namespace();
            String rendered = HelmEngine.template(workspace.chart(), release.name(), namespace, valuesFiles);
            rendered = rendered == null ? "" : rendered;
            List<Resource> resources = read(root, chartDir, release, rendered, related);
            return new Outcome(Status.RENDERED, resources, null, workspace.missing(), workspace.lookups(),
                    SwitchedOff.kinds(chartDir, rendered));
        } catch (HelmEngine.RenderFailure failure) {
            if (failure.engine()) {
                return Outcome.failed(Status.NO_ENGINE, null);
            }
            // A template that does not parse is broken whatever the values; one that stops on a missing value
            // is broken only when every value of a release of the repository was there to give it.
            boolean chartAtFault = HelmMessages.chartFault(failure.getMessage()) || (release.deployed() && release.complete());
            return chartAtFault ? Outcome.failed(Status.FAILED, problem(root, chartDir, release, failure.getMessage()))
                    : Outcome.failed(Status.NEEDS_VALUES, null);
        } catch (IOException | UncheckedIOException failure) {
            return Outcome.failed(Status.FAILED, new LoadProblem(release.cached() != null ? release.declaredAt()
                    : new Position(files(chartPath, "Chart.yaml"), 1, 1), "could not render the chart: " + failure.getMessage()));
        } finally {
            valuesFiles.forEach(file -> file.toFile().delete());
        }
    }

    /**
     * The rendered objects on the lines an operator edits. A chart from the cache has no file in the
     * repository: its objects sit on the release that deploys it, and on the release's values lines.
     */
    private static List<Resource> read(Path root, Path chartDir, ChartRelease release, String rendered,
                                       Map<String, Position> related) {
        boolean cached = release.cached() != null;
        String chartPath = cached ? "" : release.chartPath();
        Node noDefaults = ValuesTrees.parse(release.declaredAt() == null ? "" : release.declaredAt().file(), 1, "");
        ReleaseValues values = cached ? new ReleaseValues(release.values(), noDefaults, Map.of())
                : new ReleaseValues(release.values(), defaults(root, chartPath, ""), subchartDefaults(root, chartPath));
        Map<String, TemplateAlignment> alignments = new HashMap<>();
        Map<String, String[]> templates = new HashMap<>();
        List<Resource> resources = new ArrayList<>();
        for (RenderedDocuments.Document document : RenderedDocuments.split(rendered)) {
            String inChart = inChart(document.source());
            String templateFile = cached ? release.declaredAt().file() : files(chartPath, inChart);
            String[] template = templates.computeIfAbsent(inChart, file -> lines(chartDir.resolve(file)));
            TemplateAlignment alignment = alignments.computeIfAbsent(inChart,
                    file -> new TemplateAlignment(String.join("\n", templates.get(file))));
            int[] lines = alignment.align(document.text());
            for (Node parsed : YamlDocuments.parse(templateFile, document.text()).documents()) {
                if (parsed instanceof MapNode map && map.get("kind").text() != null) {
                    Map<Position, Position> valuesUsed = new HashMap<>();
                    RenderedTree tree = new RenderedTree(templateFile, template, lines, values, subchart(document.source()),
                            valuesUsed, cached ? release.declaredAt() : null);
                    MapNode body = (MapNode) tree.relocate(map);
                    int line = cached ? release.declaredAt().line() : body.line();
                    Resource resource = new Resource(body, new Origin(templateFile, line, LOADER), namespace(body, release));
                    resources.add(resource);
                    valuesUsed.forEach((set, usedAt) -> related.putIfAbsent(RenderedCharts.key(resource.id(), set), usedAt));
                }
            }
        }
        return resources;
    }

    /** Where an object lands: the namespace it writes, else the release's; unknown for a chart deployed nowhere. */
    private static String namespace(MapNode body, ChartRelease release) {
        String written = body.path("metadata", "namespace").text();
        if (release.namespace() == null) {
            return written == null || written.equals(UNPLACED) ? Resource.UNKNOWN_NAMESPACE : null;
        }
        return written == null ? release.namespace() : null;
    }

    private static LoadProblem problem(Path root, Path chartDir, ChartRelease release, String message) {
        HelmMessages.Place place = HelmMessages.place(message);
        if (release.cached() != null) {
            return new LoadProblem(release.declaredAt(), "Helm could not render the cached chart "
                    + chartDir.getFileName() + " for release " + release.name() + ": " + message);
        }
        String chartPath = release.chartPath();
        Position at = new Position(files(chartPath, "Chart.yaml"), 1, 1);
        if (place != null) {
            String file = repositoryPath(chartPath, place.templatePath());
            if (Files.isRegularFile(root.resolve(file))) {
                at = new Position(file, place.line(), place.column());
            }
        }
        String why = HelmMessages.needsCluster(message) ? "the chart asks a live cluster (lookup): " : "";
        String of = release.deployed() ? " for release " + release.name() : "";
        return new LoadProblem(at, "Helm could not render the chart" + of + ": " + why + message);
    }

    /** {@code demo/templates/a.yaml} (chart-relative, as Helm names it) → the file's path in the repository. */
    static String repositoryPath(String chartPath, String source) {
        return files(chartPath, inChart(source));
    }

    /** {@code demo/templates/a.yaml} → {@code templates/a.yaml}, the path inside the chart's folder. */
    private static String inChart(String source) {
        int slash = source.indexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }

    private static String files(String chartPath, String inChart) {
        if (chartPath.equals(GitOpsPaths.ROOT) || chartPath.isEmpty()) {
            return inChart;
        }
        return inChart.isEmpty() ? chartPath : chartPath + "/" + inChart;
    }

    /** The first-level subchart a template belongs to ({@code demo/charts/sub/templates/x.yaml} → sub), or "". */
    static String subchart(String source) {
        String[] parts = source.split("/");
        return parts.length > 3 && parts[1].equals("charts") ? parts[2] : "";
    }

    private static Node defaults(Path root, String chartPath, String subchart) {
        String file = files(chartPath, subchart.isEmpty() ? "values.yaml" : "charts/" + subchart + "/values.yaml");
        String text = String.join("\n", lines(root.resolve(file)));
        return ValuesTrees.parse(file, 1, text);
    }

    private static Map<String, Node> subchartDefaults(Path root, String chartPath) {
        Map<String, Node> defaults = new HashMap<>();
        Path charts = root.resolve(files(chartPath, "charts"));
        if (Files.isDirectory(charts)) {
            try (var entries = Files.list(charts)) {
                entries.filter(Files::isDirectory).forEach(entry -> {
                    String name = entry.getFileName().toString();
                    defaults.put(name, defaults(root, chartPath, name));
                });
            } catch (IOException | UncheckedIOException unreadable) {
                return defaults;
            }
        }
        return defaults;
    }

    private static String[] lines(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8).split("\n", -1) : new String[0];
        } catch (IOException | UncheckedIOException unreadable) {
            return new String[0];
        }
    }
}
