package dev.plumb.load.helm;

import dev.plumb.load.InputFile;
import dev.plumb.load.KindLines;
import dev.plumb.load.LoadContext;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.SourceLoader;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Helm charts in the repository, until plumb renders them: each chart's files are counted under the
 * chart, and what its templates may create (their {@code kind:} lines; anything, for a chart with
 * dependencies) is recorded, so a rule never calls an object missing that a chart may well make.
 */
public final class UnrenderedCharts implements SourceLoader {

    static final String SKIP_REASON = "Helm chart file: not checked until plumb renders charts";
    /** Also the reason for a templated manifest outside any chart that only Helm renders. */
    public static final String TEMPLATE_SKIP_REASON = "Helm template: not checked until plumb renders charts";

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kind == SourceKind.HELM_CHART_FILE || kind == SourceKind.HELM_TEMPLATE;
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        TreeSet<String> charts = new TreeSet<>();
        for (InputFile file : files) {
            if (file.path().equals("Chart.yaml") || file.path().endsWith("/Chart.yaml")) {
                charts.add(parent(file.path()));
            }
        }
        for (InputFile file : files) {
            boolean template = file.kind() == SourceKind.HELM_TEMPLATE;
            output.setAside(file.path(), template ? TEMPLATE_SKIP_REASON : SKIP_REASON);
            FileCoverage coverage = FileCoverage.notAnalysed(file.path(), SourceType.HELM,
                    FileCoverage.CHART_NOT_RENDERED, mayDefine(file, template));
            String chart = chartOf(file.path(), charts);
            output.cover(chart == null ? coverage : coverage.inUnit(chart.isEmpty() ? "." : chart));
        }
    }

    private static Set<String> mayDefine(InputFile file, boolean template) {
        if (template) {
            return KindLines.in(file.text());
        }
        boolean dependencies = file.path().endsWith("Chart.yaml") && file.text().contains("dependencies:");
        return dependencies ? Set.of(FileCoverage.ANY_KIND) : Set.of();
    }

    /** The innermost chart directory holding the file, so a subchart's files count for the subchart. */
    private static String chartOf(String path, TreeSet<String> charts) {
        for (String directory = parent(path); ; directory = parent(directory)) {
            if (charts.contains(directory)) {
                return directory;
            }
            if (directory.isEmpty()) {
                return null;
            }
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
