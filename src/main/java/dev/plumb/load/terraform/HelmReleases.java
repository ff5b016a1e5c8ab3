package dev.plumb.load.terraform;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a {@code helm_release} for the Helm loader: the chart (resolved inside the repository when
 * it is a local directory with a Chart.yaml), name, namespace, {@code values} and the {@code set},
 * {@code set_list} and {@code set_sensitive} entries — repeated blocks (provider v2) and lists of
 * objects (v3) read alike, both being lists of maps once evaluated. A sensitive value is dropped here,
 * so nothing downstream can print it.
 */
final class HelmReleases {

    private HelmReleases() {
    }

    static HelmRelease record(HclBlock release, StackInstance instance, RepositoryFiles files) {
        MapNode body = release.body();
        String chart = body.get("chart").text();
        String repository = body.get("repository").text();
        String chartPath = null;
        if (chart != null && !body.has("repository")) {
            String resolved = RepoPaths.resolve(instance.workingDirectory(), chart);
            if (resolved != null && files.bytes(resolved.isEmpty() ? "Chart.yaml" : resolved + "/Chart.yaml").isPresent()) {
                chartPath = resolved;
            }
        }
        List<HelmRelease.Values> values = new ArrayList<>();
        for (Node element : body.get("values").elements()) {
            // yamlencode({...}) and jsonencode({...}) keep each key on the .tf line that writes it.
            Node decoded = element.decoded();
            values.add(new HelmRelease.Values(element.position(), element.text(), decoded.isMap() ? decoded : null));
        }
        List<HelmRelease.Setting> settings = new ArrayList<>();
        settings(body.get("set"), HelmRelease.Setting.Kind.SET, settings);
        settings(body.get("set_list"), HelmRelease.Setting.Kind.SET_LIST, settings);
        settings(body.get("set_sensitive"), HelmRelease.Setting.Kind.SET_SENSITIVE, settings);
        String namespace = body.has("namespace") ? body.get("namespace").text() : "default";
        return new HelmRelease(release.position().file(), release.position(), instance.address(), body.get("name").text(),
                namespace, chart, chartPath, repository, body.get("version").text(), values, settings);
    }

    private static void settings(Node entries, HelmRelease.Setting.Kind kind, List<HelmRelease.Setting> into) {
        for (Node entry : entries.elements()) {
            String name = entry.get("name").text();
            if (name == null) {
                continue;
            }
            Position at = entry.position();
            String value = switch (kind) {
                case SET_SENSITIVE -> null;
                case SET_LIST -> list(entry.get("value"));
                case SET -> entry.get("value").text();
            };
            into.add(new HelmRelease.Setting(at, name, value, entry.get("type").text(), kind));
        }
    }

    /** Helm's --set form of a list, {a,b}; null when an element is not known. */
    private static String list(Node value) {
        if (!value.isList()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Node element : value.elements()) {
            String text = element.text();
            if (text == null) {
                return null;
            }
            parts.add(text);
        }
        return "{" + String.join(",", parts) + "}";
    }
}
