package dev.plumb.discover;

import dev.plumb.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides each file's {@link SourceKind}. Needs the whole scan first: whether a file is a chart file
 * or a patch depends on other files.
 */
final class SourceClassifier {

    private static final String CHART_MANIFEST = "Chart.yaml";

    private final Set<String> chartDirectories = new HashSet<>();
    private final Set<String> patches = new HashSet<>();

    void addFile(String path) {
        if (RelativePaths.name(path).equals(CHART_MANIFEST)) {
            chartDirectories.add(RelativePaths.parent(path));
        }
    }

    void addKustomization(Kustomization kustomization) {
        patches.addAll(kustomization.patches());
    }

    /**
     * As {@link #classify(String, String)}, and a file named on its own (a pre-commit hook passes files, not
     * chart directories) still counts as a template when the chart around it has a Chart.yaml.
     */
    SourceKind classify(String path, Path absolutePath, String text) {
        SourceKind kind = classify(path, text);
        if (kind == SourceKind.YAML && insideUnscannedChartTemplates(absolutePath)) {
            return SourceKind.HELM_TEMPLATE;
        }
        return kind;
    }

    private static boolean insideUnscannedChartTemplates(Path file) {
        for (Path directory = file.getParent(); directory != null; directory = directory.getParent()) {
            Path name = directory.getFileName();
            if (name != null && name.toString().equals("templates") && directory.getParent() != null
                    && Files.isRegularFile(directory.getParent().resolve(CHART_MANIFEST))) {
                return true;
            }
        }
        return false;
    }

    SourceKind classify(String path, String text) {
        if (Kustomization.isKustomization(path)) {
            return SourceKind.KUSTOMIZATION;
        }
        if (patches.contains(path)) {
            return SourceKind.KUSTOMIZE_PATCH;
        }
        String chart = enclosingChart(path);
        if (chart != null) {
            String inChart = chart.isEmpty() ? path : path.substring(chart.length() + 1);
            if (inChart.startsWith("templates/")) {
                return SourceKind.HELM_TEMPLATE;
            }
            // A helmfile next to the chart it deploys is no part of the chart: Helm never reads it.
            if (HelmfileFiles.isNamedHelmfile(path)) {
                return SourceKind.HELMFILE;
            }
            // CRDs ship as plain objects that Helm installs untemplated, so they load like any manifest.
            if (!inChart.startsWith("crds/") || !RelativePaths.hasYamlOrJsonExtension(path)) {
                return SourceKind.HELM_CHART_FILE;
            }
        }
        if (RelativePaths.hasTerraformExtension(path)) {
            return SourceKind.TERRAFORM;
        }
        if (HelmfileFiles.isHelmfile(path, text)) {
            return SourceKind.HELMFILE;
        }
        if (AnsibleFiles.isAnsible(path, text)) {
            return SourceKind.ANSIBLE;
        }
        if (ComposeFiles.isCompose(path, text)) {
            return SourceKind.COMPOSE;
        }
        return RelativePaths.hasYamlOrJsonExtension(path) ? SourceKind.YAML : SourceKind.TEXT;
    }

    /** The innermost chart directory holding the file, so a subchart's templates belong to the subchart. */
    private String enclosingChart(String path) {
        String directory = path;
        while (!directory.isEmpty()) {
            directory = RelativePaths.parent(directory);
            if (chartDirectories.contains(directory)) {
                return directory;
            }
        }
        return null;
    }
}
