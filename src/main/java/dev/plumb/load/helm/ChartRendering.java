package dev.plumb.load.helm;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedChart;
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

    /**
     * @param missing dependencies the chart rendered without
     * @param lookups the chart asks a cluster for objects, answered as {@code helm template} does: none
     * @param engine  false when Helm itself could not run here (no chart renders in this run)
     */
    record Outcome(List<Resource> resources, LoadProblem problem, List<RenderedChart.Dependency> missing, boolean lookups,
                   boolean engine) {

        boolean rendered() {
            return problem == null && engine;
        }
    }

    static Outcome render(Path root, ChartRelease release, Set<String> apiVersions, Map<Position, Position> related) {
        String chartPath = release.chartPath();
        Path chartDir = chartPath.equals(GitOpsPaths.ROOT) ? root : root.resolve(chartPath);
        List<Path> valuesFiles = new ArrayList<>();
        try (ChartWorkspace workspace = ChartWorkspace.prepare(chartDir, files(chartPath, ""), apiVersions)) {
            for (Node values : release.values()) {
                Path file = Files.createTempFile("plumb_values", ".json");
                valuesFiles.add(file);
                Files.writeString(file, JsonValues.of(values), StandardCharsets.UTF_8);
            }
            String namespace = release.namespace() == null ? "default" : release.namespace();
            String rendered = HelmEngine.template(workspace.chart(), release.name(), namespace, valuesFiles);
            rendered = rendered == null ? "" : rendered;
            List<Resource> resources = read(root, release, rendered, related);
            return new Outcome(resources, null, workspace.missing(), workspace.lookups(), true);
        } catch (HelmEngine.RenderFailure failure) {
            if (failure.engine()) {
                return new Outcome(List.of(), null, List.of(), false, false);
            }
            return new Outcome(List.of(), problem(root, release, failure.getMessage()), List.of(), false, true);
        } catch (IOException | UncheckedIOException failure) {
            return new Outcome(List.of(), new LoadProblem(new Position(files(chartPath, "Chart.yaml"), 1, 1),
                    "could not render the chart: " + failure.getMessage()), List.of(), false, true);
        } finally {
            valuesFiles.forEach(file -> file.toFile().delete());
        }
    }

    private static List<Resource> read(Path root, ChartRelease release, String rendered, Map<Position, Position> related) {
        String chartPath = release.chartPath();
        ReleaseValues values = new ReleaseValues(release.values(), defaults(root, chartPath, ""), subchartDefaults(root, chartPath));
        Map<String, TemplateAlignment> alignments = new HashMap<>();
        Map<String, String[]> templates = new HashMap<>();
        List<Resource> resources = new ArrayList<>();
        for (RenderedDocuments.Document document : RenderedDocuments.split(rendered)) {
            String templateFile = repositoryPath(chartPath, document.source());
            String[] template = templates.computeIfAbsent(templateFile, file -> lines(root, file));
            TemplateAlignment alignment = alignments.computeIfAbsent(templateFile,
                    file -> new TemplateAlignment(String.join("\n", templates.get(file))));
            int[] lines = alignment.align(document.text());
            RenderedTree tree = new RenderedTree(templateFile, template, lines, values, subchart(document.source()), related);
            for (Node parsed : YamlDocuments.parse(templateFile, document.text()).documents()) {
                if (parsed instanceof MapNode map && map.get("kind").text() != null) {
                    MapNode body = (MapNode) tree.relocate(map);
                    boolean written = body.path("metadata", "namespace").text() != null;
                    resources.add(new Resource(body, new Origin(templateFile, body.line(), LOADER),
                            written ? null : release.namespace()));
                }
            }
        }
        return resources;
    }

    private static LoadProblem problem(Path root, ChartRelease release, String message) {
        String chartPath = release.chartPath();
        HelmMessages.Place place = HelmMessages.place(message);
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
        int slash = source.indexOf('/');
        String inChart = slash < 0 ? source : source.substring(slash + 1);
        return files(chartPath, inChart);
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
        String text = String.join("\n", lines(root, file));
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

    private static String[] lines(Path root, String file) {
        Path path = root.resolve(file);
        try {
            return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8).split("\n", -1) : new String[0];
        } catch (IOException | UncheckedIOException unreadable) {
            return new String[0];
        }
    }
}
