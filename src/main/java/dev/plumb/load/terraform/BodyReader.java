package dev.plumb.load.terraform;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.hcl.tree.Label;

/**
 * Turns a block body into a mapping: attributes become keys, nested blocks become a list of
 * bodies under their type (HCL blocks repeat: one {@code container} block per container), and a
 * {@code dynamic} block stands for one instance of the blocks it generates, marked as templated.
 */
final class BodyReader {

    static final String LABELS_KEY = "@labels";
    static final String DYNAMIC_KEY = "@dynamic";

    private final Locator locator;
    private final ValueReader values;

    BodyReader(Locator locator) {
        this.locator = locator;
        this.values = new ValueReader(locator);
    }

    HclBlock topLevel(Hcl.Block block) {
        List<String> labels = new ArrayList<>();
        for (Label label : block.getLabels()) {
            String text = StaticText.ofLabel(label);
            labels.add(text == null ? "" : text);
        }
        Position at = locator.position(block);
        int endLine = locator.endLine(block);
        MapNode body = body(block.getBody(), new MapNode.Builder(at), endLine);
        return new HclBlock(block.getType().getName(), labels, body, at, endLine);
    }

    private MapNode nested(Hcl.Block block) {
        Position at = locator.position(block);
        MapNode.Builder fields = new MapNode.Builder(at);
        if (!block.getLabels().isEmpty()) {
            fields.put(LABELS_KEY, locator.position(block.getLabels().get(0)), labels(block.getLabels()));
        }
        return body(block.getBody(), fields, locator.endLine(block));
    }

    private ListNode labels(List<Label> labels) {
        List<Node> texts = new ArrayList<>();
        for (Label label : labels) {
            String text = StaticText.ofLabel(label);
            Position at = locator.position(label);
            texts.add(text == null ? ScalarNode.unknown(at)
                    : new ScalarNode(at, at.line(), text, ScalarNode.Type.STRING));
        }
        Position first = locator.position(labels.get(0));
        return new ListNode(first, locator.endLine(labels.get(labels.size() - 1)), texts);
    }

    /** The {@code content} body of {@code dynamic "name" { … }}, or null when it has none. */
    private MapNode dynamicInstance(Hcl.Block dynamic) {
        Position at = locator.position(dynamic);
        for (BodyContent content : dynamic.getBody()) {
            if (content instanceof Hcl.Block block && "content".equals(block.getType().getName())) {
                MapNode.Builder fields = new MapNode.Builder(at);
                fields.put(DYNAMIC_KEY, at, new ScalarNode(at, at.line(), "true", ScalarNode.Type.STRING));
                return body(block.getBody(), fields, locator.endLine(dynamic));
            }
        }
        return null;
    }

    private MapNode body(List<BodyContent> contents, MapNode.Builder fields, int endLine) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (BodyContent content : contents) {
            if (content instanceof Hcl.Attribute attribute) {
                String name = StaticText.ofKey(attribute.getName());
                if (name != null) {
                    entries.put(name, new Entry(locator.position(attribute), values.read(attribute.getValue())));
                }
            } else if (content instanceof Hcl.Block block) {
                addBlock(block, entries);
            }
        }
        entries.forEach((key, entry) -> fields.put(key, entry.keyPosition, entry.value()));
        return fields.build(endLine);
    }

    private void addBlock(Hcl.Block block, Map<String, Entry> entries) {
        String type = block.getType().getName();
        MapNode instance;
        if ("dynamic".equals(type) && !block.getLabels().isEmpty()) {
            type = StaticText.ofLabel(block.getLabels().get(0));
            instance = dynamicInstance(block);
        } else {
            instance = nested(block);
        }
        if (type == null || instance == null) {
            return;
        }
        Entry entry = entries.get(type);
        if (entry == null || entry.occurrences == null) {
            entry = new Entry(instance.position(), null);
            entries.put(type, entry);
        }
        entry.occurrences.add(instance);
    }

    /** One key of a body: an attribute's value, or the occurrences of a repeated block. */
    private static final class Entry {
        final Position keyPosition;
        final Node attributeValue;
        final List<MapNode> occurrences;

        Entry(Position keyPosition, Node attributeValue) {
            this.keyPosition = keyPosition;
            this.attributeValue = attributeValue;
            this.occurrences = attributeValue == null ? new ArrayList<>() : null;
        }

        Node value() {
            if (occurrences == null) {
                return attributeValue;
            }
            MapNode last = occurrences.get(occurrences.size() - 1);
            return new ListNode(keyPosition, last.endLine(), new ArrayList<>(occurrences));
        }
    }
}
