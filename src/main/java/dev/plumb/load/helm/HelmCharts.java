package dev.plumb.load.helm;

import dev.plumb.load.InputFile;
import dev.plumb.load.KindLines;
import dev.plumb.load.LoadContext;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.SourceLoader;
import dev.plumb.load.yaml.KubernetesManifests;
import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedChart;
import dev.plumb.model.Resource;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The repository's Helm charts, rendered by real Helm: once per release of the repository that deploys
 * the chart (with that release's values), or once with the chart's defaults when nothing deploys it. The
 * objects land on their template lines (values lines for values), their {@code crds/} are read as
 * written, and each chart file is covered as analysed, in part (a dependency missing offline) or not
 * (Helm's error is a parse error on the template line it names).
 */
public final class HelmCharts implements SourceLoader {

    /** The reason for a templated manifest outside any chart: only Helm renders it, and no chart holds it. */
    public static final String TEMPLATE_SKIP_REASON = "Helm template outside a chart: not rendered";
    static final String NOT_RENDERED_REASON = "Helm chart file: not rendered (Helm could not start here)";

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kind == SourceKind.HELM_CHART_FILE || kind == SourceKind.HELM_TEMPLATE;
    }

    @Override
    public boolean runsWithoutFiles() {
        return true;
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        ChartCache cache = new ChartCache(context.chartCache());
        if (files.isEmpty() && output.helmReleases().isEmpty() && !deploysChart(output)) {
            return;
        }
        ChartFolders folders = ChartFolders.of(files);
        Map<String, List<InputFile>> byChart = new LinkedHashMap<>();
        for (InputFile file : files) {
            String chart = folders.chartOf(file.path());
            if (chart == null) {
                loose(file, output);
            } else {
                byChart.computeIfAbsent(chart, key -> new ArrayList<>()).add(file);
            }
        }
        List<Resource> crds = crds(files, folders, output);
        Set<String> apiVersions = ApiVersions.served(output.resources(), crds);
        Map<String, String> texts = new HashMap<>(context.texts());
        files.forEach(file -> texts.put(file.path(), file.text()));
        LocalReleases.Found found = LocalReleases.of(folders.renderable(), output.resources(), output.helmReleases(), texts,
                cache);
        Map<String, List<ChartRelease>> releases = found.local();
        Set<Position> renderedReleases = new HashSet<>();
        for (Map.Entry<String, List<InputFile>> chart : byChart.entrySet()) {
            String path = chart.getKey();
            if (!folders.renderable().contains(path)) {
                // A subchart renders inside its parent; a library chart renders nothing on its own.
                chart.getValue().forEach(file -> output.cover(FileCoverage.analysed(file.path(), SourceType.HELM).inUnit(unit(path))));
                continue;
            }
            List<ChartRelease> renders = releases.getOrDefault(path, List.of(ChartRelease.defaults(path, LocalReleases.chartName(path))));
            RenderedChart.ChartValues values = ValuesSettings.of(path, texts);
            List<ChartRendering.Outcome> outcomes = new ArrayList<>();
            for (ChartRelease release : renders) {
                outcomes.add(render(release, path, values, context, apiVersions, output, renderedReleases));
            }
            cover(path, chart.getValue(), renders, outcomes, output);
        }
        for (ChartRelease release : found.cached()) {
            render(release, release.cached().getFileName().toString(), null, context, apiVersions, output, renderedReleases);
        }
        found.uncached().forEach(output::unrendered);
        ReleaseCoverage.update(output, renderedReleases);
    }

    /** One render: its objects and problem into the output, the render recorded for the rules about charts. */
    private static ChartRendering.Outcome render(ChartRelease release, String chart, RenderedChart.ChartValues values,
                                                 LoadContext context, Set<String> apiVersions, LoadOutput output,
                                                 Set<Position> renderedReleases) {
        Map<String, Position> usedAt = new HashMap<>();
        ChartRendering.Outcome outcome = ChartRendering.render(context.root(), release, apiVersions, usedAt);
        output.addResources(outcome.resources());
        if (outcome.problem() != null) {
            output.addProblems(List.of(outcome.problem()));
        }
        if (outcome.rendered() && release.deployed()) {
            renderedReleases.add(release.declaredAt());
        }
        output.rendered(new RenderedChart(chart, release.name(), release.declaredAt(), outcome.missing(), outcome.lookups(),
                outcome.rendered(), outcome.switchedOff(), values), usedAt);
        return outcome;
    }

    private static boolean deploysChart(LoadOutput output) {
        return output.resources().stream().anyMatch(KubernetesManifests.Releases::deploysChart);
    }

    private static void cover(String chart, List<InputFile> files, List<ChartRelease> releases,
                              List<ChartRendering.Outcome> outcomes, LoadOutput output) {
        boolean engine = outcomes.stream().noneMatch(outcome -> outcome.status() == ChartRendering.Status.NO_ENGINE);
        boolean failed = outcomes.stream().anyMatch(outcome -> outcome.status() == ChartRendering.Status.FAILED);
        boolean needsValues = outcomes.stream().anyMatch(outcome -> outcome.status() == ChartRendering.Status.NEEDS_VALUES);
        boolean partial = outcomes.stream().anyMatch(outcome -> !outcome.missing().isEmpty());
        Set<String> namespaces = new TreeSet<>();
        releases.forEach(release -> {
            if (release.namespace() != null) {
                namespaces.add(release.namespace());
            }
        });
        for (InputFile file : files) {
            FileCoverage coverage;
            if (!engine) {
                output.setAside(file.path(), NOT_RENDERED_REASON);
                coverage = FileCoverage.notAnalysed(file.path(), SourceType.HELM, FileCoverage.CHART_NOT_RENDERED, mayDefine(file));
            } else if (failed) {
                coverage = FileCoverage.notAnalysed(file.path(), SourceType.HELM, FileCoverage.PARSE_ERROR, mayDefine(file));
            } else if (needsValues) {
                coverage = FileCoverage.notAnalysed(file.path(), SourceType.HELM, FileCoverage.VALUES_NOT_KNOWN, mayDefine(file));
            } else if (partial) {
                coverage = FileCoverage.partial(file.path(), SourceType.HELM, FileCoverage.DEPENDENCY_NOT_AVAILABLE,
                        file.path().endsWith("Chart.yaml") ? Set.of(FileCoverage.ANY_KIND) : Set.of());
            } else {
                coverage = FileCoverage.analysed(file.path(), SourceType.HELM);
            }
            coverage = coverage.inUnit(unit(chart));
            output.cover(namespaces.isEmpty() || releases.stream().anyMatch(release -> release.namespace() == null)
                    ? coverage : coverage.definingIn(namespaces));
        }
    }

    private static String unit(String chart) {
        return chart.isEmpty() ? "." : chart;
    }

    /** What an unrendered template may create: its {@code kind:} lines; anything, for a chart with dependencies. */
    private static Set<String> mayDefine(InputFile file) {
        if (file.kind() == SourceKind.HELM_TEMPLATE) {
            return KindLines.in(file.text());
        }
        return file.path().endsWith("Chart.yaml") && file.text().contains("dependencies:") ? Set.of(FileCoverage.ANY_KIND) : Set.of();
    }

    /** A Helm template in no chart: nothing says how it is rendered. */
    private static void loose(InputFile file, LoadOutput output) {
        boolean template = file.kind() == SourceKind.HELM_TEMPLATE;
        output.setAside(file.path(), template ? TEMPLATE_SKIP_REASON : NOT_RENDERED_REASON);
        output.cover(FileCoverage.notAnalysed(file.path(), SourceType.HELM, FileCoverage.CHART_NOT_RENDERED, mayDefine(file)));
    }

    /** The CustomResourceDefinitions charts ship in {@code crds/}: installed as written, never templated. */
    private static List<Resource> crds(List<InputFile> files, ChartFolders folders, LoadOutput output) {
        List<Resource> crds = new ArrayList<>();
        for (InputFile file : files) {
            String chart = folders.chartOf(file.path());
            if (chart == null || !folders.isCrd(chart, file.path()) || !(file.path().endsWith(".yaml") || file.path().endsWith(".yml"))) {
                continue;
            }
            LoadedFile loaded = YamlLoader.load(file.path(), file.text());
            crds.addAll(loaded.resources());
            output.addResources(loaded.resources());
            output.addProblems(loaded.problems());
        }
        return crds;
    }

    /** Files of a manifest that deployed charts: analysed in full once every release in it was rendered. */
    static final class ReleaseCoverage {

        private ReleaseCoverage() {}

        static void update(LoadOutput output, Set<Position> rendered) {
            if (rendered.isEmpty()) {
                return;
            }
            Map<String, Boolean> allRendered = new HashMap<>();
            for (Resource resource : output.resources()) {
                if (KubernetesManifests.Releases.deploysChart(resource)) {
                    allRendered.merge(resource.origin().file(), rendered.contains(resource.body().position()), Boolean::logicalAnd);
                }
            }
            for (HelmRelease release : output.helmReleases()) {
                // A release switched off (helmfile's installed: false) installs nothing to render.
                if (release.installed()) {
                    allRendered.merge(release.file(), rendered.contains(release.position()), Boolean::logicalAnd);
                }
            }
            for (FileCoverage file : List.copyOf(output.coverage())) {
                if (file.reason().equals(FileCoverage.RELEASE_NOT_RENDERED) && allRendered.getOrDefault(file.path(), false)) {
                    output.recover(FileCoverage.analysed(file.path(), file.type()));
                }
            }
        }
    }
}
