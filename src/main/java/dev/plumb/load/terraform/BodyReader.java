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
 * {@code dynamic} block stands for the blocks it generates, marked as templated: one instance per
 * element when its {@code for_each} is known in the stack, else one instance whose iterator is Unknown.
 */
final class BodyReader {

    static final String LABELS_KEY = "@labels";
    static final String DYNAMIC_KEY = "@dynamic";

    /** More generated blocks than this are data, not configuration: the first ones stand for them. */
    private static final int MAX_DYNAMIC_INSTANCES = 100;

    private final Locator locator;
    private final ValueReader values;

    BodyReader(Locator locator) {
        this(new ValueReader(locator));
    }

    BodyReader(ValueReader values) {
        this.locator = values.locator();
        this.values = values;
    }

    /** A block's body evaluated in {@code scope}. */
    static MapNode evaluated(BlockSyntax syntax, Scope scope) {
        BodyReader reader = new BodyReader(new ValueReader(syntax.locator(), scope));
        Hcl.Block block = syntax.block();
        Position at = syntax.locator().position(block);
        return reader.body(block.getBody(), new MapNode.Builder(at), syntax.locator().endLine(block));
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
        return new HclBlock(block.getType().getName(), labels, body, at, endLine, new BlockSyntax(block, locator));
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

    /**
     * The {@code content} bodies of {@code dynamic "name" { … }}: one per element of a known
     * {@code for_each}, none for a known empty one, else one whose iterator is Unknown.
     */
    private List<MapNode> dynamicInstances(Hcl.Block dynamic, String name) {
        Position at = locator.position(dynamic);
        Hcl.Block content = null;
        Hcl.Attribute forEach = null;
        String iterator = name;
        for (BodyContent part : dynamic.getBody()) {
            if (part instanceof Hcl.Block block && "content".equals(block.getType().getName())) {
                content = block;
            } else if (part instanceof Hcl.Attribute attribute && "for_each".equals(StaticText.ofKey(attribute.getName()))) {
                forEach = attribute;
            } else if (part instanceof Hcl.Attribute attribute && "iterator".equals(StaticText.ofKey(attribute.getName()))
                    && attribute.getValue() instanceof Hcl.VariableExpression variable) {
                iterator = variable.getName().getName();
            }
        }
        if (content == null) {
            return List.of();
        }
        List<Node> iterations = new ArrayList<>();
        Node collection = forEach == null || values.scope() == null ? ScalarNode.unknown(at) : values.read(forEach.getValue());
        if (collection.isList()) {
            List<Node> elements = collection.elements();
            for (int i = 0; i < elements.size() && i < MAX_DYNAMIC_INSTANCES; i++) {
                iterations.add(iteration(Values.number(java.math.BigDecimal.valueOf(i), at), elements.get(i), at));
            }
        } else if (collection.isMap()) {
            for (Map.Entry<String, Node> element : collection.fields().entrySet()) {
                if (iterations.size() == MAX_DYNAMIC_INSTANCES) {
                    break;
                }
                iterations.add(iteration(Values.string(element.getKey(), at, true), element.getValue(), at));
            }
        } else {
            iterations.add(ScalarNode.unknown(at));
        }
        List<MapNode> instances = new ArrayList<>(iterations.size());
        for (Node iteration : iterations) {
            BodyReader reader = values.scope() == null ? this
                    : new BodyReader(values.in(values.scope().with(iterator, iteration)));
            MapNode.Builder fields = new MapNode.Builder(at);
            fields.put(DYNAMIC_KEY, at, new ScalarNode(at, at.line(), "true", ScalarNode.Type.STRING));
            instances.add(reader.body(content.getBody(), fields, locator.endLine(dynamic)));
        }
        return instances;
    }

    private static Node iteration(Node key, Node value, Position at) {
        return new MapNode.Builder(at).put("key", at, key).put("value", at, value).build(at.line());
    }

    MapNode body(List<BodyContent> contents, MapNode.Builder fields, int endLine) {
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
        List<MapNode> instances;
        if ("dynamic".equals(type) && !block.getLabels().isEmpty()) {
            type = StaticText.ofLabel(block.getLabels().get(0));
            instances = type == null ? List.of() : dynamicInstances(block, type);
        } else {
            instances = List.of(nested(block));
        }
        if (type == null || instances.isEmpty()) {
            return;
        }
        Entry entry = entries.get(type);
        if (entry == null || entry.occurrences == null) {
            entry = new Entry(instances.get(0).position(), null);
            entries.put(type, entry);
        }
        entry.occurrences.addAll(instances);
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
