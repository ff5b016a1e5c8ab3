package dev.plumb.load.terraform;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Position;
import java.util.List;

/**
 * One parsed {@code .tf} file: its top-level blocks in the order written, one problem per top-level
 * block that did not parse (then {@code blocks} holds the others), and its top-level attributes as
 * written ({@code .tfvars} files are nothing else).
 */
public record HclFile(String path, List<HclBlock> blocks, List<LoadProblem> problems, MapNode attributes) {

    public HclFile {
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
    }

    public HclFile(String path, List<HclBlock> blocks, List<LoadProblem> problems) {
        this(path, blocks, problems, MapNode.empty(new Position(path, 1, 1)));
    }
}
