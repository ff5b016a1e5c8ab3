package dev.plumb.load.kustomize;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code patchesStrategicMerge}, {@code patches} and {@code patchesJson6902}: a patch file or an inline
 * patch, strategic merge or JSON 6902, applied to its target or (a strategic merge without one) to the
 * object it names. Inline patches are read where they sit in the kustomization, so a patched value
 * points at its line there.
 */
final class Patches {

    private final String path;
    private final String directory;
    private final String text;
    private final RepoFiles files;
    private final Set<String> patchFiles;
    private final boolean unseen;
    private final Consumer<Node> remote;

    /**
     * @param unseen the build holds objects plumb cannot see, which a patch naming no object it sees may be for
     * @param remote told of a patch that lives elsewhere (a URL): never fetched, so the overlay is partial
     */
    Patches(String path, MapNode kustomization, RepoFiles files, Set<String> patchFiles, boolean unseen,
            Consumer<Node> remote) {
        this.unseen = unseen;
        this.remote = remote;
        this.path = path;
        this.directory = RepoFiles.parent(path);
        this.text = files.text(path, kustomization.position());
        this.files = files;
        this.patchFiles = patchFiles;
    }

    void strategicMerges(Node entries, List<BuiltObject> objects) {
        for (Node entry : entries.elements()) {
            for (Node document : documents(entry)) {
                apply(document, null, objects, entry);
            }
        }
    }

    void patches(Node entries, List<BuiltObject> objects) {
        for (Node entry : entries.elements()) {
            Node source = entry.get("path").isMissing() ? entry.get("patch") : entry.get("path");
            if (source.text() == null) {
                throw new BuildFailure(entry.position(), "patch entry needs a path or a patch");
            }
            List<Node> documents = entry.get("path").isMissing() ? inline(source) : file(source);
            Node target = entry.get("target");
            for (Node document : documents) {
                apply(document, target.isMap() ? new PatchTarget(target) : null, objects, entry);
            }
        }
    }

    void json6902(Node entries, List<BuiltObject> objects) {
        for (Node entry : entries.elements()) {
            Node source = entry.get("path").isMissing() ? entry.get("patch") : entry.get("path");
            if (source.text() == null || !entry.get("target").isMap()) {
                throw new BuildFailure(entry.position(), "patchesJson6902 entry needs a target and a path or a patch");
            }
            List<Node> documents = entry.get("path").isMissing() ? inline(source) : file(source);
            PatchTarget target = new PatchTarget(entry.get("target"));
            for (Node document : documents) {
                for (BuiltObject object : objects) {
                    if (target.matches(object)) {
                        object.body = asObject(JsonPatch.apply(object.body, document), entry);
                    }
                }
            }
        }
    }

    private void apply(Node patch, PatchTarget target, List<BuiltObject> objects, Node entry) {
        if (patch.isList()) {
            if (target == null) {
                throw new BuildFailure(entry.position(), "a JSON 6902 patch needs a target");
            }
            for (BuiltObject object : objects) {
                if (target.matches(object)) {
                    object.body = asObject(JsonPatch.apply(object.body, patch), entry);
                }
            }
            return;
        }
        if (!(patch instanceof MapNode map)) {
            return;
        }
        boolean any = false;
        MapNode merge = identityless(map);
        for (BuiltObject object : objects) {
            if (target == null ? names(map, object) : target.matches(object)) {
                any = true;
                Node patched = StrategicMerge.apply(object.body, merge, object.group(), object.kind());
                object.body = patched instanceof MapNode body ? body : null;
            }
        }
        objects.removeIf(object -> object.body == null);
        if (!any && target == null && !unseen) {
            throw new BuildFailure(entry.position(), "no object for patch of " + map.get("kind").textOr("?") + " "
                    + map.path("metadata", "name").textOr("?"));
        }
    }

    /** The patch without what names its target: kustomize merges it into the target under the target's name. */
    private static MapNode identityless(MapNode patch) {
        MapNode result = Trees.without(Trees.without(patch, "apiVersion"), "kind");
        if (result.get("metadata") instanceof MapNode metadata) {
            MapNode stripped = Trees.without(Trees.without(metadata, "name"), "namespace");
            result = stripped.fields().isEmpty() ? Trees.without(result, "metadata") : Trees.replacing(result, "metadata", stripped);
        }
        return result;
    }

    private static boolean names(MapNode patch, BuiltObject object) {
        String name = patch.path("metadata", "name").text();
        String namespace = patch.path("metadata", "namespace").text();
        String apiVersion = patch.get("apiVersion").text();
        String group = apiVersion == null || !apiVersion.contains("/") ? "" : apiVersion.substring(0, apiVersion.indexOf('/'));
        return object.kind().equals(patch.get("kind").text()) && (apiVersion == null || group.equals(object.group()))
                && name != null && (name.equals(object.originalName) || name.equals(object.name()))
                && (namespace == null || namespace.equals(object.namespace()));
    }

    private static MapNode asObject(Node patched, Node entry) {
        if (!(patched instanceof MapNode map)) {
            throw new BuildFailure(entry.position(), "the patch leaves no object");
        }
        return map;
    }

    /** A strategic-merge entry is a file's path or, when it spans lines, an inline patch. */
    private List<Node> documents(Node entry) {
        String value = entry.textOr("");
        return value.contains("\n") || value.strip().startsWith("{") ? inline(entry) : file(entry);
    }

    private List<Node> file(Node reference) {
        String written = reference.textOr("").strip();
        if (OverlayBuilder.isRemote(written)) {
            remote.accept(reference);
            return List.of();
        }
        String file = RepoFiles.resolve(directory, written)
                .orElseThrow(() -> new BuildFailure(reference.position(), "patch " + written + " is outside the scanned directory"));
        if (!files.isFile(file)) {
            throw new BuildFailure(reference.position(), "patch not found: " + written);
        }
        patchFiles.add(file);
        return nonEmpty(files.documents(file, reference.position()));
    }

    /**
     * An inline patch parsed where it is written: a block scalar's text starts on the line after its
     * key, indented; a one-line string sits on the key's line.
     */
    private List<Node> inline(Node scalar) {
        String[] lines = text.split("\n", -1);
        int keyLine = scalar.line();
        String header = keyLine - 1 < lines.length ? lines[keyLine - 1] : "";
        boolean block = header.matches(".*[|>][-+0-9]*\\s*(#.*)?$");
        int lineOffset = block ? keyLine : keyLine - 1;
        int columnOffset = 0;
        if (block) {
            for (int i = keyLine; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    columnOffset = lines[i].length() - lines[i].stripLeading().length();
                    break;
                }
            }
        } else {
            columnOffset = scalar.position().column();
        }
        YamlDocuments parsed = YamlDocuments.parse(path, scalar.textOr(""));
        if (!parsed.problems().isEmpty()) {
            throw new BuildFailure(scalar.position(), "inline patch: " + parsed.problems().get(0).message());
        }
        List<Node> documents = new ArrayList<>();
        for (Node document : parsed.documents()) {
            documents.add(shift(document, lineOffset, columnOffset));
        }
        return nonEmpty(documents);
    }

    private static List<Node> nonEmpty(List<Node> documents) {
        return documents.stream().filter(document -> !document.isNull()).toList();
    }

    private static Node shift(Node node, int lines, int columns) {
        Position moved = new Position(node.file(), node.line() + lines, node.position().column() + columns);
        int endLine = node.endLine() + lines;
        if (node instanceof MapNode map) {
            MapNode.Builder builder = new MapNode.Builder(moved);
            map.fields().forEach((key, value) -> {
                Position keyAt = map.keyPosition(key);
                builder.put(key, new Position(keyAt.file(), keyAt.line() + lines, keyAt.column() + columns),
                        shift(value, lines, columns));
            });
            return builder.build(endLine);
        }
        if (node instanceof ListNode list) {
            List<Node> elements = new ArrayList<>();
            for (Node element : list.elements()) {
                elements.add(shift(element, lines, columns));
            }
            return new ListNode(moved, endLine, elements);
        }
        if (node instanceof ScalarNode scalar) {
            return new ScalarNode(moved, endLine, scalar.written(), scalar.type());
        }
        return node;
    }
}
