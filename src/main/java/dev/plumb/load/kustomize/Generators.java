package dev.plumb.load.kustomize;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code configMapGenerator} and {@code secretGenerator}: each entry makes a ConfigMap or Secret from
 * env files, literals and files (in that order, as kustomize reads them), or merges into or replaces
 * one the resources already hold. The object sits on the entry's line; each value on the line that
 * names it. A generator's values are never quoted in a failure: they may be secrets.
 */
final class Generators {

    private final MapNode kustomization;
    private final String directory;
    private final RepoFiles files;
    private final String path;

    Generators(MapNode kustomization, String path, RepoFiles files) {
        this.kustomization = kustomization;
        this.path = path;
        this.directory = RepoFiles.parent(path);
        this.files = files;
    }

    void run(List<BuiltObject> objects) {
        generate("configMapGenerator", "ConfigMap", objects);
        generate("secretGenerator", "Secret", objects);
    }

    private void generate(String field, String kind, List<BuiltObject> objects) {
        for (Node entry : kustomization.get(field).elements()) {
            String name = entry.get("name").text();
            if (name == null || name.isBlank()) {
                throw new BuildFailure(entry.position(), field + " entry without a name");
            }
            Map<String, Node> data = data(entry, kind.equals("Secret"));
            String behavior = entry.get("behavior").textOr("create");
            Node options = entry.get("options");
            Node global = kustomization.get("generatorOptions");
            switch (behavior) {
                case "create" -> objects.add(new BuiltObject(create(entry, kind, name, data, options, global),
                        new Origin(path, entry.line(), Origin.YAML), hashed(options, global)));
                case "merge", "replace" -> absorb(entry, kind, name, data, behavior.equals("merge"), options, global, objects);
                default -> throw new BuildFailure(entry.get("behavior").position(), "unknown generator behavior '" + behavior + "'");
            }
        }
    }

    private static boolean hashed(Node options, Node global) {
        Node disable = options.get("disableNameSuffixHash");
        return !(disable.isMissing() ? global.get("disableNameSuffixHash") : disable).isTrue();
    }

    private MapNode create(Node entry, String kind, String name, Map<String, Node> data, Node options, Node global) {
        Position at = entry.position();
        MapNode.Builder metadata = new MapNode.Builder(at).put("name", at, Trees.string(entry.get("name").position(), name));
        Node namespace = entry.get("namespace");
        if (namespace.text() != null) {
            metadata.put("namespace", namespace.position(), namespace);
        }
        MapNode.Builder body = new MapNode.Builder(at)
                .put("apiVersion", at, Trees.string(at, "v1"))
                .put("kind", at, Trees.string(at, kind))
                .put("metadata", at, metadata.build(at.line()));
        if (kind.equals("Secret")) {
            Node type = entry.get("type");
            body.put("type", type.isMissing() ? at : type.position(), type.text() == null ? Trees.string(at, "Opaque") : type);
        }
        MapNode.Builder values = new MapNode.Builder(at);
        data.forEach((key, value) -> values.put(key, value.position(), value));
        body.put("data", at, values.build(entry.endLine()));
        MapNode object = body.build(entry.endLine());
        object = withOptions(object, global);
        object = withOptions(object, options);
        return object;
    }

    private static MapNode withOptions(MapNode object, Node options) {
        for (String field : List.of("labels", "annotations")) {
            for (Map.Entry<String, Node> label : options.get(field).fields().entrySet()) {
                object = Trees.edit(object, List.of("metadata", field, label.getKey()), label.getValue().position(),
                        old -> label.getValue());
            }
        }
        if (options.get("immutable").isTrue()) {
            object = Trees.with(object, "immutable", options.get("immutable").position(), options.get("immutable"));
        }
        return object;
    }

    private void absorb(Node entry, String kind, String name, Map<String, Node> data, boolean merge, Node options,
                        Node global, List<BuiltObject> objects) {
        String namespace = entry.get("namespace").text();
        for (int i = 0; i < objects.size(); i++) {
            BuiltObject existing = objects.get(i);
            if (existing.kind().equals(kind) && existing.originalName.equals(name)
                    && (namespace == null || namespace.equals(existing.namespace()))) {
                MapNode body = existing.body;
                if (!merge) {
                    body = Trees.without(body, "data");
                }
                for (Map.Entry<String, Node> value : data.entrySet()) {
                    body = Trees.edit(body, List.of("data", value.getKey()), entry.position(), old -> value.getValue());
                }
                body = withOptions(withOptions(body, global), options);
                existing.body = body;
                existing.hashed = existing.hashed && hashed(options, global);
                return;
            }
        }
        throw new BuildFailure(entry.position(), kind + " " + name + " to " + (merge ? "merge" : "replace") + " is not in the resources");
    }

    private Map<String, Node> data(Node entry, boolean secret) {
        Map<String, Node> data = new LinkedHashMap<>();
        List<Node> envs = new ArrayList<>(entry.get("envs").elements());
        if (entry.get("env").text() != null) {
            envs.add(entry.get("env"));
        }
        for (Node env : envs) {
            String file = file(env);
            int number = 0;
            for (String line : files.text(file, env.position()).split("\n", -1)) {
                number++;
                String trimmed = (number == 1 ? line.replace("\uFEFF", "") : line).stripLeading().replace("\r", "");
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                String key = equals < 0 ? trimmed : trimmed.substring(0, equals);
                // A key without '=' takes its value from kustomize's environment, which a scan does not have.
                String value = equals < 0 ? "" : trimmed.substring(equals + 1);
                put(data, key, value, new Position(file, number, 1), secret, env.position());
            }
        }
        for (Node literal : entry.get("literals").elements()) {
            String text = literal.textOr("");
            int equals = text.indexOf('=');
            if (equals <= 0) {
                throw new BuildFailure(literal.position(), "literal without key=value form");
            }
            put(data, text.substring(0, equals), unquote(text.substring(equals + 1)), literal.position(), secret,
                    literal.position());
        }
        for (Node source : entry.get("files").elements()) {
            String text = source.textOr("");
            int equals = text.indexOf('=');
            String reference = equals < 0 ? text : text.substring(equals + 1);
            String file = file(Trees.retext(source, reference));
            String key = equals < 0 ? file.substring(file.lastIndexOf('/') + 1) : text.substring(0, equals);
            put(data, key, files.text(file, source.position()), source.position(), secret, source.position());
        }
        return data;
    }

    private String file(Node reference) {
        String text = reference.textOr("");
        String file = RepoFiles.resolve(directory, text)
                .orElseThrow(() -> new BuildFailure(reference.position(), text + " is outside the scanned directory"));
        if (!files.isFile(file)) {
            throw new BuildFailure(reference.position(), "generator file not found: " + text);
        }
        return file;
    }

    private static void put(Map<String, Node> data, String key, String value, Position at, boolean secret, Position listedAt) {
        if (data.containsKey(key)) {
            throw new BuildFailure(listedAt, "generator key '" + key + "' given twice");
        }
        String stored = secret ? base64(value) : value;
        data.put(key, new ScalarNode(at, at.line(), stored, ScalarNode.Type.STRING));
    }

    /** Kustomize breaks a long encoded value into lines of 70 characters; its hash reads them so. */
    private static String base64(String value) {
        String encoded = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        if (encoded.length() <= 70) {
            return encoded;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < encoded.length(); i += 70) {
            lines.append(encoded, i, Math.min(encoded.length(), i + 70)).append('\n');
        }
        return lines.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
