package dev.plumb.load.terraform;

import dev.plumb.model.MapNode;
import dev.plumb.model.Position;
import java.util.List;

/**
 * A top-level block such as {@code resource "kubernetes_deployment_v1" "web" { … }}: its type
 * keyword, its labels, and its body as a position-keeping mapping (see {@link HclParser} for how
 * attributes and nested blocks map to keys). {@code position} is where the type keyword is written;
 * {@code syntax} is the parsed block, kept to evaluate the body in a stack (null for blocks built by hand).
 */
public record HclBlock(String type, List<String> labels, MapNode body, Position position, int endLine, BlockSyntax syntax) {

    public HclBlock {
        labels = List.copyOf(labels);
    }

    public HclBlock(String type, List<String> labels, MapNode body, Position position, int endLine) {
        this(type, labels, body, position, endLine, null);
    }

    /** The label at {@code index}, or "". */
    String label(int index) {
        return index < labels.size() ? labels.get(index) : "";
    }

    /** The same block with its body evaluated. */
    HclBlock withBody(MapNode evaluated) {
        return new HclBlock(type, labels, evaluated, position, endLine, syntax);
    }
}
