package dev.plumb.load.helmfile;

import dev.plumb.load.gotemplate.Unresolved;
import dev.plumb.load.gotemplate.YamlValues;
import dev.plumb.load.terraform.RepoPaths;
import dev.plumb.load.terraform.RepositoryFiles;
import dev.plumb.load.yaml.TemplateActions;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a helmfile as helmfile v1 does: the file's {@code ---} parts in order, each first loading its
 * {@code bases} and the default environment's values, then read — rendered as a template when the file
 * is a {@code .gotmpl} (a first pass that forgives missing keys finds the environment, the real one
 * does not), parsed as it is written otherwise.
 */
final class StateLoader {

    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---[ \\t]*(?:#.*)?$");
    private static final int MAX_BASES = 32;

    private final RepositoryFiles files;
    private final Function<String, String> claimedTexts;
    private final HelmfileState state;
    private final Rendering rendering;
    private final Deque<String> loading = new ArrayDeque<>();

    private StateLoader(RepositoryFiles files, Function<String, String> claimedTexts, HelmfileState state) {
        this.files = files;
        this.claimedTexts = claimedTexts;
        this.state = state;
        this.rendering = new Rendering(files, state.used);
    }

    /**
     * @param claimedTexts the text discovery read for a path, or null: the loader reads the rest from {@code files}
     * @throws HelmfileFailure where helmfile would stop
     */
    static void load(HelmfileState state, String path, RepositoryFiles files, Function<String, String> claimedTexts) {
        new StateLoader(files, claimedTexts, state).file(path, new Position(path, 1, 1));
    }

    private String text(String path, Position from, String what) {
        String claimed = claimedTexts.apply(path);
        if (claimed != null) {
            return claimed;
        }
        return files.text(path).orElseThrow(() -> new HelmfileFailure(from, what + " " + path + " is not in the repository"));
    }

    private void file(String path, Position from) {
        if (loading.contains(path) || loading.size() >= MAX_BASES) {
            throw new HelmfileFailure(from, "bases include each other in a loop (" + path + ")");
        }
        loading.push(path);
        state.used.add(path);
        String text = text(path, from, "helmfile");
        boolean template = path.endsWith(".gotmpl");
        int start = 0;
        int line = 1;
        Matcher separator = SEPARATOR.matcher(text);
        while (true) {
            boolean more = separator.find();
            int end = more ? separator.start() : text.length();
            String part = text.substring(start, end);
            if (!part.isBlank()) {
                part(part, path, line, template);
            }
            if (!more) {
                break;
            }
            line += countLines(text, start, separator.end());
            start = separator.end();
        }
        loading.pop();
    }

    private static int countLines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private void part(String text, String path, int firstLine, boolean template) {
        Rendering.Parsed parsed = template ? rendered(text, path, firstLine) : written(text, path, firstLine);
        Node document = parsed.document();
        IntUnaryOperator lines = parsed.lines();
        if (document == null) {
            return;
        }
        if (!document.isMap()) {
            throw new HelmfileFailure(new Position(path, lines.applyAsInt(document.line()), 1),
                    "a helmfile part must be a map of settings");
        }
        read((MapNode) document, path, lines);
    }

    private Rendering.Parsed rendered(String text, String path, int firstLine) {
        Node first = firstPass(text, path, firstLine);
        if (first != null) {
            bases(first, path, line -> line);
            environment(first, path, line -> line);
        }
        return rendering.renderYaml(text, path, firstLine, state.directory, state.context(), true);
    }

    /**
     * A part read as written (helmfile v1). Before v1 helmfile rendered every helmfile as a template: a
     * {@code .yaml} part that is YAML only once rendered is read the old way.
     */
    private Rendering.Parsed written(String text, String path, int firstLine) {
        IntUnaryOperator lines = line -> firstLine - 1 + line;
        Node document;
        try {
            document = Rendering.parse(text, path, lines);
        } catch (HelmfileFailure notYaml) {
            if (!text.contains("{{")) {
                throw notYaml;
            }
            return rendered(text, path, firstLine);
        }
        // Parsed, but some {{ }} were read as flow mappings: a template after all.
        if (document != null && text.contains("{{") && TemplateActions.outsideStrings(List.of(document), text)) {
            return rendered(text, path, firstLine);
        }
        if (document != null) {
            bases(document, path, lines);
            environment(document, path, lines);
        }
        return new Rendering.Parsed(document, lines);
    }

    /** A {@code helmfiles:} entry: a path (a glob may name several) and the values the parent passes. */
    @SuppressWarnings("unchecked")
    private void subHelmfile(Node entry, String path, IntUnaryOperator lines) {
        Position at = new Position(path, lines.applyAsInt(entry.line()), entry.position().column());
        String written = YamlValues.written(entry.isMap() ? entry.get("path") : entry);
        if (written == null || written.contains(Unresolved.PREFIX) || written.contains("://")) {
            return;
        }
        Map<String, Object> passed = new java.util.LinkedHashMap<>();
        for (Node values : entry.get("values").elements()) {
            for (Object layer : values(values, at, true)) {
                if (layer instanceof Map<?, ?> map) {
                    HelmfileState.layer(passed, (Map<String, Object>) map);
                }
            }
        }
        List<String> paths = Globs.expand(files, state.directory, written);
        if (paths == null) {
            throw new HelmfileFailure(at, "helmfile " + written + " is outside the scanned repository");
        }
        paths.forEach(sub -> state.subHelmfiles.add(new HelmfileState.SubHelmfile(sub, at, passed)));
    }

    /** helmfile's first render, which forgives missing keys, so the environment can be read before it is used. */
    private Node firstPass(String text, String path, int firstLine) {
        try {
            return rendering.renderYaml(text, path, firstLine, state.directory, state.context(), false).document();
        } catch (HelmfileFailure forgiven) {
            return null;
        }
    }

    private void bases(Node document, String path, IntUnaryOperator lines) {
        for (Node base : document.get("bases").elements()) {
            String written = YamlValues.written(base);
            Position at = new Position(path, lines.applyAsInt(base.line()), base.position().column());
            String resolved = written == null ? null : RepoPaths.resolve(RepoPaths.parent(path), written);
            if (resolved == null) {
                throw new HelmfileFailure(at, "base " + written + " is outside the scanned repository");
            }
            file(resolved, at);
        }
    }

    /** The default environment's values: files (a .gotmpl one rendered) and inline maps, layered in order. */
    @SuppressWarnings("unchecked")
    private void environment(Node document, String path, IntUnaryOperator lines) {
        state.environments.addAll(document.get("environments").fields().keySet());
        Node environment = document.path("environments", "default");
        boolean missingStops = environment.get("missingFileHandler").textOr("Error").equalsIgnoreCase("Error");
        for (Node entry : environment.get("values").elements()) {
            Position at = new Position(path, lines.applyAsInt(entry.line()), entry.position().column());
            for (Object values : values(entry, at, missingStops)) {
                if (values instanceof Map<?, ?> map) {
                    state.layerEnvironment((Map<String, Object>) map);
                } else if (values != null) {
                    throw new HelmfileFailure(at, "environment values must be a map");
                }
            }
        }
    }

    /**
     * The values of one entry of a values list: an inline map, or the files a path names (a glob may name
     * several), a {@code .gotmpl} one rendered. Paths start at the helmfile's directory, also in a base.
     */
    List<Object> values(Node entry, Position at, boolean missingStops) {
        if (entry.isMap()) {
            return List.of(YamlValues.value(entry));
        }
        String written = YamlValues.written(entry);
        if (written == null || written.contains(Unresolved.PREFIX)) {
            return List.of();
        }
        List<String> paths = Globs.expand(files, state.directory, written);
        if (paths == null) {
            throw new HelmfileFailure(at, "values file " + written + " is outside the scanned repository");
        }
        List<Object> values = new java.util.ArrayList<>();
        for (String resolved : paths) {
            if (files.bytes(resolved).isEmpty() && claimedTexts.apply(resolved) == null && !missingStops) {
                continue;
            }
            String text = text(resolved, at, "values file");
            state.used.add(resolved);
            // A values template reads files next to itself, as release values templates do.
            Node parsed = resolved.endsWith(".gotmpl")
                    ? rendering.renderYaml(text, resolved, 1, RepoPaths.parent(resolved), state.context(), true).document()
                    : Rendering.parse(text, resolved, line -> line);
            values.add(parsed == null ? null : YamlValues.value(parsed));
        }
        return values;
    }

    private void read(MapNode document, String path, IntUnaryOperator lines) {
        for (Node entry : document.get("repositories").elements()) {
            String name = entry.get("name").text();
            String url = entry.get("url").text();
            if (name != null && url != null) {
                boolean oci = entry.get("oci").isTrue() || "true".equals(entry.get("oci").text()) || url.startsWith("oci://");
                state.repositories.put(name, new Repository(name, url, oci));
            }
        }
        document.get("templates").fields().forEach((name, template) -> {
            if (template.isMap()) {
                state.templates.put(name, new Declared((MapNode) template, path, lines));
            }
        });
        document.get("defaultInherit").optText().ifPresent(name -> state.defaultInherit = name);
        document.get("missingFileHandler").optText().ifPresent(handler -> state.missingFileHandler = handler);
        for (Node entry : document.get("helmfiles").elements()) {
            subHelmfile(entry, path, lines);
        }
        for (Node release : document.get("releases").elements()) {
            if (release.isMap()) {
                state.releases.add(new Declared((MapNode) release, path, lines));
            }
        }
    }
}
