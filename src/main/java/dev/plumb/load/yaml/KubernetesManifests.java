package dev.plumb.load.yaml;

import dev.plumb.load.InputFile;
import dev.plumb.load.KindLines;
import dev.plumb.load.LoadContext;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.SourceLoader;
import dev.plumb.load.helm.HelmCharts;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.Resource;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain Kubernetes YAML and JSON: every file parsed (on both cores for large repositories, merged in
 * file order), and reported as analysed, analysed in part (a parse error after some objects, or a
 * release whose chart plumb does not render yet) or not analysed. YAML without objects is not
 * infrastructure and is not counted.
 */
public final class KubernetesManifests implements SourceLoader {

    static final String OTHER_TEMPLATE_SKIP_REASON = "template: not YAML until rendered, and plumb does not render it";
    /** The objects only Helm gives a template: a file using them is a chart's, wherever it sits. */
    private static final Pattern HELM_OBJECTS = Pattern.compile(
            "\\{\\{-?\\s*(?:\\.Values|\\.Release|\\.Chart|\\.Capabilities|\\$\\.Values|include\\s|template\\s|toYaml|tpl\\s|define\\s)");

    /** Below this many files, starting worker threads costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kind == SourceKind.YAML;
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        var stream = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
        List<LoadedFile> loaded = stream
                .map(file -> YamlLoader.load(file.path(), file.text(), file.invalidUtf8Line(), file.assignedNamespace()))
                .toList();
        for (int i = 0; i < files.size(); i++) {
            InputFile file = files.get(i);
            LoadedFile result = loaded.get(i);
            output.addIgnores(result.ignores());
            if (result.setAside()) {
                setAside(file, output);
                continue;
            }
            output.addResources(result.resources());
            output.addProblems(result.problems());
            if (!result.resources().isEmpty()) {
                output.manifest(file.path());
            }
            cover(file, result, output);
        }
    }

    /**
     * A template that is not YAML until rendered. It counts as an unrendered Helm template when it uses
     * Helm's objects, else as a template of something plumb does not render; as infrastructure only when
     * it writes a {@code kind:} (an Ansible Jinja file of Prometheus configuration is not).
     */
    private static void setAside(InputFile file, LoadOutput output) {
        boolean helm = HELM_OBJECTS.matcher(file.text()).find();
        output.setAside(file.path(), helm ? HelmCharts.TEMPLATE_SKIP_REASON : OTHER_TEMPLATE_SKIP_REASON);
        Set<String> kinds = KindLines.in(file.text());
        if (!kinds.isEmpty()) {
            output.cover(FileCoverage.notAnalysed(file.path(), helm ? SourceType.HELM : SourceType.KUBERNETES,
                    helm ? FileCoverage.CHART_NOT_RENDERED : FileCoverage.TEMPLATE_NOT_RENDERED, kinds));
        }
    }

    private static void cover(InputFile file, LoadedFile result, LoadOutput output) {
        boolean objects = !result.resources().isEmpty();
        if (!result.problems().isEmpty() && !objects && KindLines.in(file.text()).isEmpty()) {
            // Broken YAML or JSON that declares no object (a workflow, a dashboard): its parse error is
            // reported, but it is no infrastructure plumb failed to analyse.
            return;
        }
        if (!result.problems().isEmpty()) {
            // Whatever follows the error was not read: the kinds written there may be missing from the platform.
            output.cover(objects
                    ? FileCoverage.partial(file.path(), SourceType.KUBERNETES, FileCoverage.PARSE_ERROR, KindLines.in(file.text()))
                    : FileCoverage.notAnalysed(file.path(), SourceType.KUBERNETES, FileCoverage.PARSE_ERROR,
                            KindLines.in(file.text())));
        } else if (objects) {
            String release = Releases.firstUnrendered(result.resources());
            output.cover(release == null ? FileCoverage.analysed(file.path(), SourceType.KUBERNETES)
                    : FileCoverage.partial(file.path(), SourceType.KUBERNETES, FileCoverage.RELEASE_NOT_RENDERED, Set.of())
                            .inUnit(release));
        }
    }

    /** The objects that deploy a chart, which plumb renders only when the chart is the repository's own. */
    public static final class Releases {

        private Releases() {}

        static String firstUnrendered(List<Resource> resources) {
            for (Resource resource : resources) {
                if (deploysChart(resource)) {
                    return resource.id();
                }
            }
            return null;
        }

        public static boolean deploysChart(Resource resource) {
            return switch (resource.kind()) {
                case "HelmRelease" -> resource.group().equals("helm.toolkit.fluxcd.io");
                case "HelmChart" -> resource.group().equals("helm.cattle.io");
                case "Application" -> resource.group().equals("argoproj.io") && (helmSource(resource.spec().get("source"))
                        || resource.spec().get("sources").elements().stream().anyMatch(Releases::helmSource));
                default -> false;
            };
        }

        private static boolean helmSource(dev.plumb.model.Node source) {
            return source.get("chart").text() != null || source.get("helm").isMap();
        }
    }
}
