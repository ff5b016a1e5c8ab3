package dev.plumb.load.helmfile;

import dev.plumb.load.gotemplate.GoValues;
import dev.plumb.load.gotemplate.Unresolved;
import dev.plumb.load.gotemplate.YamlValues;
import dev.plumb.load.terraform.RepoPaths;
import dev.plumb.load.terraform.RepositoryFiles;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a helmfile's releases into {@link HelmRelease}s: fields inherited from release templates, the
 * {@code {{ }}} in release fields rendered with the release's own context, the chart resolved (a local
 * folder relative to the helmfile, {@code repo/chart} from {@code repositories:}, {@code oci://}), and
 * the values in Helm's order — files (a {@code .gotmpl} one rendered for the release) and inline maps.
 * {@code secrets:} files are never read.
 */
final class ReleaseReader {

    private static final String NO_VALUE = "<no value>";

    private final HelmfileState state;
    private final RepositoryFiles files;
    private final Rendering rendering;

    private ReleaseReader(HelmfileState state, RepositoryFiles files) {
        this.state = state;
        this.files = files;
        this.rendering = new Rendering(files, state.used);
    }

    /** @throws HelmfileFailure where helmfile would stop */
    static List<HelmRelease> read(HelmfileState state, RepositoryFiles files) {
        ReleaseReader reader = new ReleaseReader(state, files);
        List<HelmRelease> releases = new ArrayList<>();
        for (Declared release : state.releases) {
            releases.add(reader.release(release));
        }
        return releases;
    }

    /** A release field: its node and the declaration it was written in (the release or a template it inherits). */
    private record Field(Node node, Declared in) {

        Position position() {
            return in.position(node);
        }
    }

    private HelmRelease release(Declared release) {
        Map<String, Field> fields = inherited(release);
        Map<String, Object> context = state.context();
        Map<String, Object> self = new LinkedHashMap<>();
        context.put("Release", self);
        String name = text(fields, "name", context);
        if (name == null) {
            throw new HelmfileFailure(release.position(), "a release without a name");
        }
        self.put("Name", name);
        String written = text(fields, "namespace", context);
        // No namespace: the release installs wherever helmfile is pointed, which plumb cannot know.
        String namespace = written == null || written.isBlank() ? null : written;
        self.put("Namespace", namespace == null ? "" : namespace);
        Object labels = fields.containsKey("labels") ? YamlValues.value(fields.get("labels").node()) : Map.of();
        self.put("Labels", labels);
        self.put("KubeContext", "");
        String chart = text(fields, "chart", context);
        self.put("Chart", chart == null ? "" : chart);
        String version = text(fields, "version", context);
        Chart resolved = chart(chart);
        List<HelmRelease.Values> values = new ArrayList<>();
        String missingFileHandler = text(fields, "missingFileHandler", context);
        if (fields.containsKey("values")) {
            for (Node entry : fields.get("values").node().elements()) {
                values(new Field(entry, fields.get("values").in()), context, missingFileHandler).ifPresent(values::add);
            }
        }
        List<HelmRelease.Setting> settings = new ArrayList<>();
        if (fields.containsKey("set")) {
            for (Node entry : fields.get("set").node().elements()) {
                setting(new Field(entry, fields.get("set").in()), context).ifPresent(settings::add);
            }
        }
        boolean installed = !"false".equals(text(fields, "installed", context)) && condition(fields, context);
        return new HelmRelease(release.file(), release.position(), "", name, namespace, resolved.chart(), resolved.path(),
                resolved.repository(), version, values, settings, HelmRelease.HELMFILE, installed);
    }

    /**
     * helmfile's {@code condition: a.b.enabled}: the release is installed only when that environment value is
     * true; the maps on the way must exist.
     */
    private boolean condition(Map<String, Field> fields, Map<String, Object> context) {
        String condition = text(fields, "condition", context);
        if (condition == null) {
            return true;
        }
        String[] keys = condition.split("\\.");
        Position at = fields.get("condition").position();
        if (!keys[keys.length - 1].equals("enabled")) {
            throw new HelmfileFailure(at, "condition must be in the form 'foo.enabled', not " + condition);
        }
        Object current = state.values;
        for (int i = 0; i < keys.length - 1; i++) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(keys[i])) {
                throw new HelmfileFailure(at, "condition " + condition + ": environment values have no "
                        + String.join(".", java.util.Arrays.copyOf(keys, i + 1)));
            }
            current = map.get(keys[i]);
        }
        return current instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("enabled"));
    }

    /** The release's own fields, then those of the templates it inherits ({@code inherit:}, {@code defaultInherit}, a merge key). */
    private Map<String, Field> inherited(Declared release) {
        Map<String, Field> fields = new LinkedHashMap<>();
        release.node().fields().forEach((key, value) -> fields.put(key, new Field(value, release)));
        List<String> templates = new ArrayList<>();
        for (Node inherit : release.node().get("inherit").elements()) {
            inherit.get("template").optText().ifPresent(templates::add);
        }
        if (templates.isEmpty() && state.defaultInherit != null && !release.node().has("inherit")) {
            templates.add(state.defaultInherit);
        }
        for (String template : templates) {
            Declared declared = state.templates.get(template);
            if (declared == null) {
                throw new HelmfileFailure(release.position(), "release template \"" + template + "\" is not defined");
            }
            declared.node().fields().forEach((key, value) -> fields.putIfAbsent(key, new Field(value, declared)));
        }
        return fields;
    }

    /** A scalar field, its {@code {{ }}} rendered for the release; null when absent or not known. */
    private String text(Map<String, Field> fields, String key, Map<String, Object> context) {
        Field field = fields.get(key);
        if (field == null || !field.node().isScalar() || field.node().isNull()) {
            return null;
        }
        String text = YamlValues.written(field.node());
        if (text == null) {
            return null;
        }
        if (text.contains("{{")) {
            Position at = field.position();
            text = renderOrNull(text, field.in().file(), at.line(), context);
        }
        return text == null || text.contains(Unresolved.PREFIX) || text.contains(NO_VALUE) ? null : text;
    }

    /** Inline values are part of the release: their {@code {{ }}} render with the release's context too. */
    private Object releaseTemplate(Object value, Field entry, Map<String, Object> context) {
        if (value instanceof String text && text.contains("{{")) {
            String rendered = renderOrNull(text, entry.in().file(), entry.position().line(), context);
            return rendered == null ? new Unresolved("template").toString() : rendered;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> rendered = new LinkedHashMap<>();
            map.forEach((key, element) -> rendered.put(String.valueOf(key), releaseTemplate(element, entry, context)));
            return rendered;
        }
        if (value instanceof List<?> list) {
            List<Object> rendered = new ArrayList<>();
            list.forEach(element -> rendered.add(releaseTemplate(element, entry, context)));
            return rendered;
        }
        return value;
    }

    /** The rendered text; null when it cannot be known because the template used what plumb never reads. */
    private String renderOrNull(String text, String file, int line, Map<String, Object> context) {
        return renderOrNull(text, file, line, state.directory, context);
    }

    /** @param directory where readFile starts: a values template reads files next to itself */
    private String renderOrNull(String text, String file, int line, String directory, Map<String, Object> context) {
        try {
            return rendering.render(text, file, line, directory, context, true).text();
        } catch (HelmfileFailure failure) {
            if (failure.unknowable()) {
                return null;
            }
            throw failure;
        }
    }

    private record Chart(String chart, String path, String repository) {}

    /**
     * Where the chart comes from, as helmfile decides: {@code oci://} and URLs are remote, {@code repo/chart}
     * is remote when {@code repo} is a declared repository, a path written as one ({@code ./}, {@code ../}) is
     * local, and any other name is local when the folder holds a chart, remote otherwise (a repository added
     * with {@code helm repo add}). The chart is kept as written; the repository directory of a local chart
     * is its {@code chartPath}.
     */
    private Chart chart(String chart) {
        if (chart == null || chart.isBlank()) {
            return new Chart(null, null, null);
        }
        if (chart.contains("://")) {
            return new Chart(chart, null, null);
        }
        int slash = chart.indexOf('/');
        boolean writtenAsPath = chart.startsWith("./") || chart.startsWith("../") || chart.equals(".") || chart.equals("..");
        if (!writtenAsPath && slash > 0 && state.repositories.containsKey(chart.substring(0, slash))) {
            Repository repository = state.repositories.get(chart.substring(0, slash));
            return new Chart(chart.substring(slash + 1), null, repository.address());
        }
        String resolved = RepoPaths.resolve(state.directory, chart);
        boolean isChart = resolved != null
                && files.bytes(resolved.isEmpty() ? "Chart.yaml" : resolved + "/Chart.yaml").isPresent();
        return new Chart(chart, isChart ? resolved : null, null);
    }

    private java.util.Optional<HelmRelease.Values> values(Field entry, Map<String, Object> context, String missingFileHandler) {
        if (entry.node().isMap()) {
            Object written = YamlValues.value(entry.node());
            Object values = releaseTemplate(written, entry, context);
            // Values no template changed keep the lines they are written on.
            return java.util.Optional.of(new HelmRelease.Values(entry.position(), YamlValues.toYaml(values),
                    values.equals(written) ? entry.node() : null));
        }
        String written = YamlValues.written(entry.node());
        if (written != null && written.contains("{{")) {
            written = renderOrNull(written, entry.in().file(), entry.position().line(), context);
        }
        if (written == null || written.contains(Unresolved.PREFIX) || written.contains(NO_VALUE)) {
            return java.util.Optional.of(new HelmRelease.Values(entry.position(), null));
        }
        String file = written;
        String path = RepoPaths.resolve(state.directory, file);
        if (path == null) {
            throw new HelmfileFailure(entry.position(), "values file " + file + " is outside the scanned repository");
        }
        state.used.add(path);
        if (files.text(path).isEmpty() && !state.missingFileStops(missingFileHandler)) {
            return java.util.Optional.empty();
        }
        String text = files.text(path).orElseThrow(() -> new HelmfileFailure(entry.position(),
                "values file " + file + " is not in the repository"));
        if (path.endsWith(".gotmpl")) {
            text = renderOrNull(text, path, 1, RepoPaths.parent(path), context);
        }
        // Values that are only a placeholder are values plumb cannot know.
        if (text != null && text.strip().startsWith(Unresolved.PREFIX) && text.strip().indexOf('\n') < 0) {
            text = null;
        }
        return java.util.Optional.of(new HelmRelease.Values(new Position(path, 1, 1), text));
    }

    private java.util.Optional<HelmRelease.Setting> setting(Field entry, Map<String, Object> context) {
        Node node = entry.node();
        String name = YamlValues.written(node.get("name"));
        if (name == null) {
            return java.util.Optional.empty();
        }
        Node value = node.get("values").isMissing() ? node.get("value") : node.get("values");
        String text;
        HelmRelease.Setting.Kind kind = HelmRelease.Setting.Kind.SET;
        if (value.isList()) {
            List<String> parts = new ArrayList<>();
            for (Node element : value.elements()) {
                parts.add(GoValues.string(YamlValues.value(element)));
            }
            text = "{" + String.join(",", parts) + "}";
            kind = HelmRelease.Setting.Kind.SET_LIST;
        } else {
            text = value.isScalar() && !value.isNull() ? YamlValues.written(value) : null;
            if (text != null && text.contains("{{")) {
                text = renderOrNull(text, entry.in().file(), entry.position().line(), context);
            }
            if (text != null && (text.contains(Unresolved.PREFIX) || text.contains(NO_VALUE))) {
                text = null;
            }
        }
        return java.util.Optional.of(new HelmRelease.Setting(entry.position(), name, text, null, kind));
    }

    /** Namespaces the installed releases of {@code releases} declared in {@code file} install into; empty when one may install anywhere. */
    static Set<String> namespaces(List<HelmRelease> releases, String file) {
        Set<String> namespaces = new java.util.TreeSet<>();
        for (HelmRelease release : releases) {
            if (release.installed() && release.file().equals(file)) {
                if (release.namespace() == null || release.namespace().isEmpty()) {
                    return Set.of();
                }
                namespaces.add(release.namespace());
            }
        }
        return namespaces;
    }
}
