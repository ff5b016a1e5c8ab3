package dev.plumb.load.terraform;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites a provider resource body into the Kubernetes object shape. Leaves are the parser's own
 * nodes and every map or list built here starts where its HCL block does, so a finding on a
 * translated field points at the {@code .tf} line that wrote it.
 */
final class BodyTranslator {

    /** Marks the parser's annotations ({@code @labels}, {@code @dynamic}), which are no fields. */
    private static final String MARKER_PREFIX = "@";

    private final Map<String, String> kindRenames;

    BodyTranslator(Map<String, String> kindRenames) {
        this.kindRenames = kindRenames;
    }

    /** Copies the resource block's arguments and blocks into {@code object}, leaving Terraform's own out. */
    void copyResourceBody(MapNode body, MapNode.Builder object) {
        copyFields(body, FieldNames.ROOT, object);
    }

    private void copyFields(MapNode body, String path, MapNode.Builder into) {
        String parent = lastSegment(path);
        for (Map.Entry<String, Node> field : body.fields().entrySet()) {
            String name = field.getKey();
            if (name.startsWith(MARKER_PREFIX) || (path.isEmpty() && FieldNames.isTerraformOnly(name))) {
                continue;
            }
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            Optional<List<MapNode>> occurrences = blockOccurrences(field.getValue());
            if (occurrences.isEmpty()) {
                into.put(apiName(name, fieldPath), body.keyPosition(name), field.getValue());
            } else if (FieldNames.isWrapper(name)) {
                copyFields(occurrences.get().get(0), fieldPath, into);
            } else {
                Optional<String> listName = FieldNames.listName(parent, name);
                Node translated = listName.isPresent()
                        ? list(occurrences.get(), fieldPath)
                        : object(occurrences.get().get(0), name, fieldPath);
                into.put(listName.orElseGet(() -> apiName(name, fieldPath)), body.keyPosition(name), translated);
            }
        }
    }

    private ListNode list(List<MapNode> occurrences, String path) {
        List<Node> elements = new ArrayList<>(occurrences.size());
        String block = lastSegment(path);
        for (MapNode occurrence : occurrences) {
            elements.add(object(occurrence, block, path));
        }
        MapNode first = occurrences.get(0);
        return new ListNode(first.position(), occurrences.get(occurrences.size() - 1).endLine(), elements);
    }

    private MapNode object(MapNode occurrence, String block, String path) {
        MapNode.Builder object = new MapNode.Builder(occurrence.position());
        if (FieldNames.isFreeMap(block)) {
            copyVerbatim(occurrence, object);
        } else {
            copyFields(occurrence, path, object);
        }
        return object.build(occurrence.endLine());
    }

    /** Keys of a free map are data (label names, resource names), not field names: no renaming. */
    private static void copyVerbatim(MapNode occurrence, MapNode.Builder into) {
        occurrence.fields().forEach((key, value) -> {
            if (!key.startsWith(MARKER_PREFIX)) {
                into.put(key, occurrence.keyPosition(key), value);
            }
        });
    }

    /**
     * The bodies of a nested block, or empty for an argument. The parser gives a block as a list of
     * bodies; a {@code dynamic} block's single body may also come on its own, marked.
     */
    private static Optional<List<MapNode>> blockOccurrences(Node value) {
        if (value instanceof MapNode map) {
            return map.has("@dynamic") ? Optional.of(List.of(map)) : Optional.empty();
        }
        if (!value.isList() || value.elements().isEmpty()) {
            return Optional.empty();
        }
        List<MapNode> bodies = new ArrayList<>(value.elements().size());
        for (Node element : value.elements()) {
            if (!(element instanceof MapNode body)) {
                return Optional.empty();
            }
            bodies.add(body);
        }
        return Optional.of(bodies);
    }

    private String apiName(String name, String path) {
        String renamed = kindRenames.get(path);
        return renamed != null ? renamed : FieldNames.camelCase(name);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
