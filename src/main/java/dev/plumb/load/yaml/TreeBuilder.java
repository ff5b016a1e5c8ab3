package dev.plumb.load.yaml;

import dev.plumb.model.ListNode;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Builds plumb's position-keeping trees straight from parser events, with an explicit stack:
 * no intermediate node graph to allocate, and no recursion for deeply nested input to overflow.
 * Handles what a composer would: aliases (shared, never expanded, so alias bombs cost nothing),
 * YAML 1.1 merge keys ({@code <<: *base}, which kubectl honours) and duplicate keys (which
 * kubectl rejects, so they are problems).
 */
final class TreeBuilder {

    private static final String MERGE_KEY = "<<";

    private abstract static class Frame {
        final Position start;
        final String anchor;

        Frame(Position start, String anchor) {
            this.start = start;
            this.anchor = anchor;
        }

        abstract void accept(Node node, ScalarEvent scalar);
    }

    private static final class ListFrame extends Frame {
        final List<Node> elements = new ArrayList<>();

        ListFrame(Position start, String anchor) {
            super(start, anchor);
        }

        @Override
        void accept(Node node, ScalarEvent scalar) {
            elements.add(node);
        }
    }

    private final class MapFrame extends Frame {
        final MapNode.Builder fields;
        final List<Node> merged = new ArrayList<>(0);
        boolean expectingKey = true;
        String key;
        boolean keyIsMerge;
        Position keyPosition;

        MapFrame(Position start, String anchor) {
            super(start, anchor);
            this.fields = new MapNode.Builder(start);
        }

        @Override
        void accept(Node node, ScalarEvent scalar) {
            if (expectingKey) {
                // A complex key (a mapping or sequence as key) has no place in a manifest: keep its value out.
                key = scalar == null ? null : scalar.getValue();
                keyIsMerge = scalar != null && scalar.isPlain() && MERGE_KEY.equals(key);
                keyPosition = node.position();
                expectingKey = false;
                return;
            }
            expectingKey = true;
            if (key == null) {
                return;
            }
            if (keyIsMerge) {
                merged.add(node);
                return;
            }
            if (fields.has(key)) {
                problems.add(new LoadProblem(keyPosition, "duplicate key \"" + key + "\" (first at line "
                        + fields.keyLine(key) + "); Kubernetes tools reject duplicate keys"));
            }
            fields.put(key, keyPosition, node);
        }

        MapNode build(int endLine) {
            for (Node source : merged) {
                for (Node map : source.isList() ? source.elements() : List.of(source)) {
                    if (map instanceof MapNode mapNode) {
                        mapNode.fields().forEach((name, value) -> {
                            if (!fields.has(name)) {
                                fields.put(name, mapNode.keyPosition(name), value);
                            }
                        });
                    }
                }
            }
            return fields.build(endLine);
        }
    }

    private final String file;
    private final List<LoadProblem> problems;
    private final List<Node> documents = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Node> anchors = new HashMap<>();
    private final Set<String> anchorsInProgress = new HashSet<>();

    TreeBuilder(String file, List<LoadProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    List<Node> documents() {
        return documents;
    }

    void accept(Event event) {
        switch (event.getEventId()) {
            case Scalar -> {
                ScalarEvent scalar = (ScalarEvent) event;
                Node node = scalar(scalar);
                remember(anchorOf(scalar), node);
                deliver(node, scalar);
            }
            case Alias -> deliver(alias((AliasEvent) event), null);
            case SequenceStart -> open(new ListFrame(position(event.getStartMark().orElse(null)), anchorOf((NodeEvent) event)));
            case MappingStart -> open(new MapFrame(position(event.getStartMark().orElse(null)), anchorOf((NodeEvent) event)));
            case SequenceEnd -> {
                ListFrame frame = (ListFrame) stack.pop();
                close(frame, new ListNode(frame.start, endLine(event, frame.start), frame.elements));
            }
            case MappingEnd -> {
                MapFrame frame = (MapFrame) stack.pop();
                close(frame, frame.build(endLine(event, frame.start)));
            }
            case DocumentStart -> anchors.clear();
            default -> {
                // Stream and document boundaries and comments carry nothing for the model.
            }
        }
    }

    private void open(Frame frame) {
        if (frame.anchor != null) {
            anchorsInProgress.add(frame.anchor);
        }
        stack.push(frame);
    }

    private void close(Frame frame, Node node) {
        if (frame.anchor != null) {
            anchorsInProgress.remove(frame.anchor);
        }
        remember(frame.anchor, node);
        deliver(node, null);
    }

    private void deliver(Node node, ScalarEvent scalar) {
        Frame parent = stack.peek();
        if (parent == null) {
            documents.add(node);
        } else {
            parent.accept(node, scalar);
        }
    }

    private Node alias(AliasEvent event) {
        String name = event.getAlias().getValue();
        Position at = position(event.getStartMark().orElse(null));
        Node target = anchors.get(name);
        if (target != null) {
            return target;
        }
        if (!anchorsInProgress.contains(name)) {
            problems.add(new LoadProblem(at, "undefined alias *" + name));
        }
        // A recursive alias: no Kubernetes object is meant to be infinite.
        return ScalarNode.unknown(at);
    }

    private void remember(String anchor, Node node) {
        if (anchor != null) {
            anchors.put(anchor, node);
        }
    }

    private static String anchorOf(NodeEvent event) {
        return event.getAnchor().map(anchor -> anchor.getValue()).orElse(null);
    }

    private Node scalar(ScalarEvent event) {
        Position start = position(event.getStartMark().orElse(null));
        String value = event.getValue();
        ScalarNode.Type type;
        if (value.contains("{{") && value.indexOf('\n') < 0) {
            // A one-line template expression left in a manifest; its value is not known until rendered.
            type = ScalarNode.Type.UNKNOWN;
        } else if (event.isPlain() && event.getTag().isEmpty()) {
            type = PlainScalars.type(value);
        } else if (event.getTag().map(tag -> tag.endsWith(":null")).orElse(false)) {
            type = ScalarNode.Type.NULL;
        } else {
            type = ScalarNode.Type.STRING;
        }
        return new ScalarNode(start, endLine(event, start), value, type);
    }

    private int endLine(Event event, Position start) {
        Mark end = event.getEndMark().orElse(null);
        if (end == null) {
            return start.line();
        }
        // A block ends where the next token starts: at column 0 of the following line.
        int line = end.getLine() + 1;
        return end.getColumn() == 0 && line > start.line() ? line - 1 : line;
    }

    Position position(Mark mark) {
        return mark == null ? new Position(file, 1, 1) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
