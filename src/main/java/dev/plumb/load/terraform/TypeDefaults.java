package dev.plumb.load.terraform;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * What a variable's {@code type} adds to its value: the attributes an {@code object({…})} type
 * marks {@code optional(T, default)} and the value leaves out. Terraform fills them in before any
 * expression reads the variable, so {@code v.enabled} of an element that never wrote
 * {@code enabled} is the declared default (or null), not an error; without this, a {@code for}
 * filter over such a map would be Unknown and every instance lost.
 */
final class TypeDefaults {

    private final ValueReader declaration;

    /** {@code declaration} reads the variable block's own expressions (the defaults inside its type). */
    TypeDefaults(ValueReader declaration) {
        this.declaration = declaration;
    }

    Node apply(Expression type, Node value) {
        if (!(type instanceof Hcl.FunctionCall call) || Values.isUnknown(value)) {
            return value;
        }
        List<Expression> arguments = Functions.arguments(call);
        if (arguments.isEmpty()) {
            return value;
        }
        return switch (call.getName().getName()) {
            case "object" -> object(arguments.get(0), value);
            case "map" -> eachEntry(arguments.get(0), value);
            case "list", "set" -> eachElement(arguments.get(0), value);
            case "optional" -> apply(arguments.get(0), value);
            default -> value;
        };
    }

    private Node object(Expression attributes, Node value) {
        if (!(attributes instanceof Hcl.ObjectValue declared) || !(value instanceof MapNode map)) {
            return value;
        }
        Map<String, Node> fields = new LinkedHashMap<>(map.fields());
        for (Expression element : declared.getAttributes()) {
            if (!(element instanceof Hcl.Attribute attribute)) {
                continue;
            }
            String key = StaticText.ofKey(attribute.getName());
            if (key == null) {
                continue;
            }
            Expression attributeType = attribute.getValue();
            Node present = fields.get(key);
            if (present != null) {
                fields.put(key, apply(attributeType, present));
            } else if (attributeType instanceof Hcl.FunctionCall optional && optional.getName().getName().equals("optional")) {
                List<Expression> parts = Functions.arguments(optional);
                Node filled = parts.size() > 1 ? Values.relocate(declaration.read(parts.get(1)), map.position(), map.endLine())
                        : Values.nullValue(map.position());
                fields.put(key, parts.isEmpty() ? filled : apply(parts.get(0), filled));
            }
        }
        MapNode.Builder rebuilt = new MapNode.Builder(map.position());
        fields.forEach((key, field) -> rebuilt.put(key, map.has(key) ? map.keyPosition(key) : map.position(), field));
        return rebuilt.build(map.endLine());
    }

    private Node eachEntry(Expression elementType, Node value) {
        if (!(value instanceof MapNode map)) {
            return value;
        }
        MapNode.Builder rebuilt = new MapNode.Builder(map.position());
        map.fields().forEach((key, field) -> rebuilt.put(key, map.keyPosition(key), apply(elementType, field)));
        return rebuilt.build(map.endLine());
    }

    private Node eachElement(Expression elementType, Node value) {
        if (!(value instanceof ListNode list)) {
            return value;
        }
        List<Node> elements = new ArrayList<>(list.elements().size());
        list.elements().forEach(element -> elements.add(apply(elementType, element)));
        return new ListNode(list.position(), list.endLine(), elements);
    }
}
