package dev.plumb.load.helm;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.load.InputFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The charts among the files: every folder with a Chart.yaml ("." for the root), which of them render on
 * their own (not a subchart under another chart's {@code charts/}, not a library chart), and which chart
 * a file belongs to (the innermost, so a subchart's files count for the subchart).
 */
final class ChartFolders {

    private final Set<String> charts;
    private final Set<String> renderable;

    private ChartFolders(Set<String> charts, Set<String> renderable) {
        this.charts = charts;
        this.renderable = renderable;
    }

    static ChartFolders of(List<InputFile> files) {
        Set<String> charts = new TreeSet<>();
        Set<String> libraries = new HashSet<>();
        for (InputFile file : files) {
            if (file.path().equals("Chart.yaml") || file.path().endsWith("/Chart.yaml")) {
                String folder = folder(parent(file.path()));
                charts.add(folder);
                if (file.text().lines().anyMatch(line -> line.matches("type:\\s*[\"']?library[\"']?\\s*(#.*)?"))) {
                    libraries.add(folder);
                }
            }
        }
        Set<String> renderable = new TreeSet<>();
        for (String chart : charts) {
            if (!libraries.contains(chart) && !isSubchart(chart, charts)) {
                renderable.add(chart);
            }
        }
        return new ChartFolders(charts, renderable);
    }

    Set<String> renderable() {
        return renderable;
    }

    /** The innermost chart holding {@code path}, or null. */
    String chartOf(String path) {
        for (String directory = parent(path); ; directory = parent(directory)) {
            if (charts.contains(folder(directory))) {
                return folder(directory);
            }
            if (directory.isEmpty()) {
                return null;
            }
        }
    }

    /** True for a file under the chart's {@code crds/} folder. */
    boolean isCrd(String chart, String path) {
        String prefix = chart.equals(GitOpsPaths.ROOT) ? "crds/" : chart + "/crds/";
        return path.startsWith(prefix);
    }

    private static boolean isSubchart(String chart, Set<String> charts) {
        int marker = chart.lastIndexOf("/charts/");
        String parent = marker < 0 ? (chart.startsWith("charts/") ? GitOpsPaths.ROOT : null) : chart.substring(0, marker);
        return parent != null && charts.contains(parent);
    }

    private static String folder(String directory) {
        return directory.isEmpty() ? GitOpsPaths.ROOT : directory;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
