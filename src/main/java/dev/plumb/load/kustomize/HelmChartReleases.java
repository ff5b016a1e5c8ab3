package dev.plumb.load.kustomize;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The releases a kustomization's {@code helmCharts} deploy, for the Helm loader to render: the chart in
 * kustomize's chart home when the repository holds it, and the values in the order kustomize gives them
 * to Helm (values file, additional files, inline values).
 */
final class HelmChartReleases {

    /** What kustomize's YAML 1.1 reader takes for a boolean, not the string the file seems to say. */
    private static final Set<String> YAML11_BOOLEANS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF", "true", "True", "TRUE", "false", "False", "FALSE");

    private HelmChartReleases() {}

    static List<HelmRelease> of(String path, MapNode kustomization, RepoFiles files) {
        String directory = RepoFiles.parent(path);
        String chartHome = kustomization.path("helmGlobals", "chartHome").textOr("charts");
        String text = files.text(path, kustomization.position());
        List<HelmRelease> releases = new ArrayList<>();
        for (Node entry : kustomization.get("helmCharts").elements()) {
            String name = entry.get("name").text();
            if (name == null) {
                throw new BuildFailure(entry.position(), "helmCharts entry without a name");
            }
            String version = entry.get("version").text();
            String namespace = entry.get("namespace").text();
            if (namespace == null) {
                namespace = kustomization.get("namespace").textOr("default");
            }
            List<HelmRelease.Values> values = new ArrayList<>();
            List<Node> valueFiles = new ArrayList<>();
            if (entry.get("valuesFile").text() != null) {
                valueFiles.add(entry.get("valuesFile"));
            }
            valueFiles.addAll(entry.get("additionalValuesFiles").elements());
            for (Node file : valueFiles) {
                RepoFiles.resolve(directory, file.textOr("")).filter(files::isFile).ifPresent(found ->
                        values.add(new HelmRelease.Values(new Position(found, 1, 1), files.text(found, file.position()))));
            }
            Node inline = entry.get("valuesInline");
            if (inline.isMap()) {
                values.add(new HelmRelease.Values(((MapNode) entry).keyPosition("valuesInline"), block(text, inline)));
            }
            releases.add(new HelmRelease(path, entry.position(), "", releaseName(entry.get("releaseName"), name, text), namespace,
                    name, chartPath(files, directory, chartHome, name, version), entry.get("repo").text(), version, values,
                    List.of(), HelmRelease.KUSTOMIZE, true));
        }
        return releases;
    }

    private static String releaseName(Node written, String chart, String source) {
        String text = written.text();
        if (text == null || text.isEmpty()) {
            return chart;
        }
        return !quoted(written, source) && YAML11_BOOLEANS.contains(text) ? String.valueOf(isTrue(text)) : text;
    }

    private static boolean quoted(Node scalar, String source) {
        String[] lines = source.split("\n", -1);
        if (scalar.line() < 1 || scalar.line() > lines.length) {
            return false;
        }
        String line = lines[scalar.line() - 1];
        int column = scalar.position().column() - 1;
        return column >= 0 && column < line.length() && (line.charAt(column) == '"' || line.charAt(column) == '\'');
    }

    private static boolean isTrue(String text) {
        return Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE").contains(text);
    }

    private static String chartPath(RepoFiles files, String directory, String chartHome, String name, String version) {
        String home = RepoFiles.resolve(directory, chartHome).orElse(null);
        if (home == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        if (version != null) {
            candidates.add(home + "/" + name + "-" + version + "/" + name);
        }
        candidates.add(home + "/" + name);
        for (String candidate : candidates) {
            if (files.isFile(candidate + "/Chart.yaml")) {
                return candidate;
            }
        }
        return null;
    }

    /** The YAML text of an inline block, as written: its lines, less their indentation. */
    private static String block(String text, Node value) {
        String[] lines = text.split("\n", -1);
        int first = value.line();
        int last = Math.min(value.endLine(), lines.length);
        int indent = value.position().column() - 1;
        StringBuilder yaml = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String line = lines[i - 1];
            if (i == first) {
                line = line.substring(Math.min(indent, line.length()));
            } else {
                if (!line.isBlank() && line.length() - line.stripLeading().length() < indent) {
                    // The block's end mark sits on the next key's line.
                    break;
                }
                int strip = 0;
                while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                line = line.substring(strip);
            }
            yaml.append(line).append('\n');
        }
        return yaml.toString();
    }
}
