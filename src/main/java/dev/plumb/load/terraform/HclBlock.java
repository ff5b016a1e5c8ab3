package dev.plumb.load.terraform;

import dev.plumb.model.MapNode;
import dev.plumb.model.Position;
import java.util.List;

public record HclBlock(String type, List<String> labels, MapNode body, Position position, int endLine) {}
