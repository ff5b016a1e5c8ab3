package dev.plumb.load.helmfile;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.function.IntUnaryOperator;

/**
 * A map of a rendered helmfile part (a release, a template) with the way back from the rendered text's
 * lines to the lines written in {@code file}, so findings and values point at what the operator edits.
 */
record Declared(MapNode node, String file, IntUnaryOperator lines) {

    Position position(Node value) {
        return new Position(file, lines.applyAsInt(value.line()), value.position().column());
    }

    Position position() {
        return position(node);
    }
}
