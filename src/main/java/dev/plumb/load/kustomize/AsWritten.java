package dev.plumb.load.kustomize;

import dev.plumb.load.InputFile;
import dev.plumb.load.LoadOutput;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kustomization plumb did not build (its build failed, or it is a component no overlay uses): the
 * files it lists are checked as written, in the namespace discovery assigns. One that only lists
 * resources and sets a namespace is therefore analysed in full; one that transforms is analysed in
 * part; one that inflates charts makes objects plumb does not see. Its patches are set aside.
 */
final class AsWritten {

    static final String KUSTOMIZATION_SKIP_REASON =
            "Kustomization: its overlay is not built; the files it lists are checked as written";
    static final String PATCH_SKIP_REASON = "Kustomize patch: no overlay that uses it was built";

    private static final Pattern TRANSFORMS = Pattern.compile(
            "(?m)^(?:patches|patchesStrategicMerge|patchesJson6902|images|namePrefix|nameSuffix|replicas|components"
                    + "|replacements|transformers|commonLabels|labels|commonAnnotations|helmCharts|configMapGenerator"
                    + "|secretGenerator|generators):");

    private static final Pattern CHART_NAMESPACE = Pattern.compile("(?m)^\\s+namespace:\\s*[\"']?([a-z0-9][a-z0-9.-]*)[\"']?\\s*(?:#.*)?$");
    private static final Pattern NAMESPACE = Pattern.compile("(?m)^namespace:\\s*[\"']?([a-z0-9][a-z0-9.-]*)[\"']?\\s*(?:#.*)?$");

    private AsWritten() {}

    static void cover(InputFile file, LoadOutput output) {
        if (file.kind() == SourceKind.KUSTOMIZE_PATCH) {
            output.setAside(file.path(), PATCH_SKIP_REASON);
            output.cover(FileCoverage.notAnalysed(file.path(), SourceType.KUSTOMIZE, FileCoverage.PATCH_NOT_APPLIED, Set.of()));
        } else if (TRANSFORMS.matcher(file.text()).find()) {
            output.setAside(file.path(), KUSTOMIZATION_SKIP_REASON);
            FileCoverage partial = FileCoverage.partial(file.path(), SourceType.KUSTOMIZE, FileCoverage.OVERLAY_NOT_BUILT,
                    generated(file.text()));
            Set<String> namespaces = namespaces(file.text());
            output.cover(namespaces.isEmpty() ? partial : partial.definingIn(namespaces));
        } else {
            output.cover(FileCoverage.analysed(file.path(), SourceType.KUSTOMIZE));
        }
    }

    /**
     * Where what a kustomization inflates lands: the namespace it sets for everything it builds; else the
     * namespaces its charts name, and default for a chart that names none; else anywhere (empty).
     */
    static Set<String> namespaces(String text) {
        Matcher namespace = NAMESPACE.matcher(text);
        if (namespace.find()) {
            return Set.of(namespace.group(1));
        }
        Set<String> named = new TreeSet<>();
        Matcher chartNamespace = CHART_NAMESPACE.matcher(text);
        while (chartNamespace.find()) {
            named.add(chartNamespace.group(1));
        }
        if (!named.isEmpty()) {
            named.add("default");
        }
        return named;
    }

    /**
     * The kinds a kustomization makes that no file of the repository spells out: anything, from the charts
     * it inflates or a generator plugin. Its ConfigMap and Secret generators name what they make, and the
     * rules about references read those names themselves.
     */
    static Set<String> generated(String text) {
        return text.contains("helmCharts:") || text.contains("generators:") ? Set.of(FileCoverage.ANY_KIND) : Set.of();
    }
}
