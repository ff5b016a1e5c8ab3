package dev.plumb.load.terraform;

import dev.plumb.model.MapNode;
import dev.plumb.model.Position;
import java.util.List;

/**
 * A top-level block such as {@code resource "kubernetes_deployment_v1" "web" { … }}: its type
 * keyword, its labels, and its body as a position-keeping mapping (see {@link HclParser} for how
 * attributes and nested blocks map to keys). {@code position} is where the type keyword is written.
 */
public record HclBlock(String type, List<String> labels, MapNode body, Position position, int endLine) {

    public HclBlock {
        labels = List.copyOf(labels);
    }
}
