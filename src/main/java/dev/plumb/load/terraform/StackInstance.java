package dev.plumb.load.terraform;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Hcl;

/**
 * One instance of a stack: a root stack with its var files, or a module called with the call's
 * arguments. Evaluates lazily and once: a variable, local, resource body or module output is
 * computed the first time something refers to it, and a name met again while it is being
 * computed (a cycle) is Unknown.
 */
final class StackInstance implements Scope {

    /** Arguments of a module block that steer Terraform and are no input variables. */
    private static final Set<String> META_ARGUMENTS = Set.of("source", "version", "count", "for_each", "providers", "depends_on");

    /** More instances of one block than this are generated data: the first ones stand for the rest. */
    static final int MAX_INSTANCES = 64;

    /**
     * One instance a resource or module block expands to: its scope (count.index, each.*), whether the
     * block is templated, and its instance key (the index or for_each key; null when not known).
     */
    record Expansion(Scope scope, boolean templated, String key) {}

    private final Stack stack;
    private final String address;
    private final String workingDirectory;
    private final Map<String, Supplier<Node>> inputs;
    private final Evaluation evaluation;
    private final StackPlan plan;
    private final int depth;
    private final boolean templated;
    /** The instance whose module call made this one; null for a root. */
    private final StackInstance caller;
    private final Map<String, Node> memo = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final Map<String, List<StackInstance>> children = new HashMap<>();

    StackInstance(Stack stack, String address, String workingDirectory, Map<String, Supplier<Node>> inputs,
                  Evaluation evaluation, StackPlan plan, int depth, boolean templated) {
        this(stack, address, workingDirectory, inputs, evaluation, plan, depth, templated, null);
    }

    private StackInstance(Stack stack, String address, String workingDirectory, Map<String, Supplier<Node>> inputs,
                          Evaluation evaluation, StackPlan plan, int depth, boolean templated, StackInstance caller) {
        this.caller = caller;
        this.stack = stack;
        this.address = address;
        this.workingDirectory = workingDirectory;
        this.inputs = inputs;
        this.evaluation = evaluation;
        this.plan = plan;
        this.depth = depth;
        this.templated = templated;
    }

    Stack stack() {
        return stack;
    }

    String address() {
        return address;
    }

    boolean templated() {
        return templated;
    }

    int depth() {
        return depth;
    }

    /** True when {@code directory} is this instance's stack or one of the stacks whose calls led here. */
    boolean within(String directory) {
        for (StackInstance instance = this; instance != null; instance = instance.caller) {
            if (instance.stack.directory().equals(directory)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Node bound(String name) {
        return null;
    }

    @Override
    public String workingDirectory() {
        return workingDirectory;
    }

    @Override
    public Evaluation evaluation() {
        return evaluation;
    }

    @Override
    public Node reference(String root, String name, Position at) {
        return switch (root) {
            case "var" -> memoised("var." + name, at, () -> variable(name, at));
            case "local" -> memoised("local." + name, at, () -> local(name, at));
            case "path" -> path(name, at);
            case "module" -> memoised("module." + name, at, () -> outputs(name, at));
            case "data", "terraform", "self", "each", "count" -> Values.unknown(at);
            default -> memoised(root + "." + name, at, () -> resource(root + "." + name, at));
        };
    }

    private Node memoised(String key, Position at, Supplier<Node> compute) {
        Node known = memo.get(key);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(key)) {
            return Values.unknown(at);
        }
        try {
            Node value = compute.get();
            memo.put(key, value);
            return value;
        } finally {
            inProgress.remove(key);
        }
    }

    private Node variable(String name, Position at) {
        HclBlock declaration = stack.variable(name);
        if (declaration == null) {
            return Values.unknown(at);
        }
        ValueReader reader = new ValueReader(declaration.syntax().locator(), this);
        Supplier<Node> input = inputs.get(name);
        Hcl.Attribute fallback = Stack.attribute(declaration, "default");
        Node value = input != null ? input.get()
                : fallback == null ? Values.unknown(at) : reader.read(fallback.getValue());
        Hcl.Attribute type = Stack.attribute(declaration, "type");
        return type == null ? value : new TypeDefaults(reader).apply(type.getValue(), value);
    }

    private Node local(String name, Position at) {
        Stack.Definition definition = stack.local(name);
        return definition == null ? Values.unknown(at)
                : new ValueReader(definition.locator(), this).read(definition.attribute().getValue());
    }

    /** Terraform's paths are relative to where it runs: the root stack's directory. */
    private Node path(String name, Position at) {
        return switch (name) {
            case "module" -> Values.string(RepoPaths.relative(workingDirectory, stack.directory()), at, true);
            case "root", "cwd" -> Values.string(".", at, true);
            default -> Values.unknown(at);
        };
    }

    /**
     * A resource's arguments and blocks as evaluated, so {@code kubernetes_namespace_v1.apps.metadata[0].name}
     * reads its name; with {@code count} a list of its instances, with {@code for_each} a map of them
     * by key, as Terraform gives them.
     */
    private Node resource(String key, Position at) {
        HclBlock block = stack.resource(key);
        if (block == null || block.syntax() == null) {
            return Values.unknown(at);
        }
        List<Expansion> expansions = expansions(block);
        if (expansions.size() == 1 && !expansions.get(0).templated()) {
            return withId(block.label(0), body(block, expansions.get(0)));
        }
        if (expansions.stream().anyMatch(expansion -> expansion.key() == null)) {
            return Values.unknown(at);
        }
        boolean counted = Stack.attribute(block, "count") != null;
        MapNode.Builder byKey = new MapNode.Builder(at);
        List<Node> byIndex = new java.util.ArrayList<>();
        for (Expansion expansion : expansions) {
            Node instance = withId(block.label(0), body(block, expansion));
            byIndex.add(instance);
            byKey.put(expansion.key(), at, instance);
        }
        return counted ? new dev.plumb.model.ListNode(at, at.line(), byIndex) : byKey.build(at.line());
    }

    /** The body of one expansion of a resource, evaluated once. */
    MapNode body(HclBlock block, Expansion expansion) {
        String key = "body:" + block.label(0) + "." + block.label(1) + "[" + expansion.key() + "]";
        Node known = memo.get(key);
        if (known instanceof MapNode map) {
            return map;
        }
        MapNode body = BodyReader.evaluated(block.syntax(), expansion.scope());
        if (expansion.key() != null || !expansion.templated()) {
            memo.put(key, body);
        }
        return body;
    }

    /** The provider's {@code id}: a namespace's name, "namespace/name" for namespaced objects. */
    private static Node withId(String type, MapNode body) {
        if (body.has("id") || !type.startsWith("kubernetes_")) {
            return body;
        }
        Node metadata = body.get("metadata").get(0);
        String name = metadata.get("name").text();
        if (name == null) {
            return body;
        }
        String id;
        if (type.startsWith("kubernetes_namespace")) {
            id = name;
        } else {
            String namespace = metadata.get("namespace").text();
            if (namespace == null && !metadata.get("namespace").isMissing()) {
                return body;
            }
            id = (namespace == null ? "default" : namespace) + "/" + name;
        }
        MapNode.Builder copy = new MapNode.Builder(body.position());
        body.fields().forEach((key, value) -> copy.put(key, body.keyPosition(key), value));
        copy.put("id", body.position(), Values.string(id, body.position(), true));
        return copy.build(body.endLine());
    }

    /**
     * The instances a block with {@code count} or {@code for_each} creates: none for {@code count = 0}
     * or an empty {@code for_each}, one per element of a known collection (up to {@link #MAX_INSTANCES}),
     * else one whose {@code count.index} or {@code each} is Unknown (its key is null).
     */
    List<Expansion> expansions(HclBlock block) {
        Hcl.Attribute count = Stack.attribute(block, "count");
        Hcl.Attribute forEach = Stack.attribute(block, "for_each");
        Position at = block.position();
        List<Expansion> expansions = new java.util.ArrayList<>();
        if (count != null) {
            BigDecimal number = Values.asNumber(new ValueReader(block.syntax().locator(), this).read(count.getValue()));
            if (number == null) {
                return List.of(new Expansion(with("count", Values.unknown(at)), true, null));
            }
            for (int i = 0; i < Math.min(number.intValue(), MAX_INSTANCES); i++) {
                Node index = new MapNode.Builder(at).put("index", at, Values.number(BigDecimal.valueOf(i), at)).build(at.line());
                expansions.add(new Expansion(with("count", index), true, String.valueOf(i)));
            }
            return expansions;
        }
        if (forEach != null) {
            Node value = new ValueReader(block.syntax().locator(), this).read(forEach.getValue());
            if (value.isMap()) {
                for (Map.Entry<String, Node> entry : value.fields().entrySet()) {
                    if (expansions.size() == MAX_INSTANCES) {
                        break;
                    }
                    Node each = pair(Values.string(entry.getKey(), at, true), entry.getValue(), at);
                    expansions.add(new Expansion(with("each", each), true, entry.getKey()));
                }
                return expansions;
            }
            if (value.isList()) {
                for (Node element : value.elements()) {
                    String key = Values.asString(element);
                    if (key == null) {
                        return List.of(new Expansion(with("each", Values.unknown(at)), true, null));
                    }
                    if (expansions.size() == MAX_INSTANCES) {
                        break;
                    }
                    expansions.add(new Expansion(with("each", pair(element, element, at)), true, key));
                }
                return expansions;
            }
            return List.of(new Expansion(with("each", Values.unknown(at)), true, null));
        }
        return List.of(new Expansion(this, false, ""));
    }

    private static Node pair(Node key, Node value, Position at) {
        return new MapNode.Builder(at).put("key", at, key).put("value", at, value).build(at.line());
    }

    /**
     * The instances a module call creates: one, or one per element of a known {@code count} or
     * {@code for_each} (addressed {@code module.x[0]}, {@code module.x["key"]}); none when it creates
     * none or plumb does not follow it.
     */
    List<StackInstance> children(String name) {
        List<StackInstance> known = children.get(name);
        if (known != null) {
            return known;
        }
        children.put(name, List.of());
        HclBlock call = stack.module(name);
        List<StackInstance> created = call == null ? List.of() : instantiate(name, call);
        children.put(name, created);
        return created;
    }

    /** The one instance of a module call without count or for_each, or null. */
    private StackInstance child(String name) {
        List<StackInstance> instances = children(name);
        return instances.size() == 1 && !instances.get(0).templated ? instances.get(0) : null;
    }

    private List<StackInstance> instantiate(String name, HclBlock call) {
        Stack module = plan.moduleOf(stack, call, this);
        if (module == null) {
            return List.of();
        }
        boolean counted = Stack.attribute(call, "count") != null;
        List<StackInstance> instances = new java.util.ArrayList<>();
        for (Expansion expansion : expansions(call)) {
            if (!evaluation.takeInstance(call.position())) {
                break;
            }
            String index = !expansion.templated() || expansion.key() == null ? ""
                    : counted ? "[" + expansion.key() + "]" : "[\"" + expansion.key() + "\"]";
            String childAddress = (address.isEmpty() ? "" : address + ".") + "module." + name + index;
            instances.add(new StackInstance(module, childAddress, workingDirectory, arguments(call, expansion.scope()),
                    evaluation, plan, depth + 1, templated || expansion.templated(), this));
        }
        return List.copyOf(instances);
    }

    /** The call's arguments, each evaluated in the caller's scope the first time the module reads it. */
    private static Map<String, Supplier<Node>> arguments(HclBlock call, Scope scope) {
        Map<String, Supplier<Node>> arguments = new HashMap<>();
        Locator locator = call.syntax().locator();
        for (BodyContent content : call.syntax().block().getBody()) {
            if (content instanceof Hcl.Attribute attribute) {
                String argument = StaticText.ofKey(attribute.getName());
                if (argument != null && !META_ARGUMENTS.contains(argument)) {
                    Node[] value = new Node[1];
                    arguments.put(argument, () -> {
                        if (value[0] == null) {
                            value[0] = new ValueReader(locator, scope).read(attribute.getValue());
                        }
                        return value[0];
                    });
                }
            }
        }
        return arguments;
    }

    private Node outputs(String name, Position at) {
        StackInstance child = child(name);
        if (child == null || child.templated) {
            return Values.unknown(at);
        }
        MapNode.Builder values = new MapNode.Builder(at);
        child.stack.outputs().forEach((output, block) -> {
            Hcl.Attribute value = Stack.attribute(block, "value");
            if (value != null) {
                values.put(output, at, new ValueReader(block.syntax().locator(), child).read(value.getValue()));
            }
        });
        return values.build(at.line());
    }

    List<String> moduleNames() {
        return stack.modules().stream().map(block -> block.label(0)).toList();
    }
}
