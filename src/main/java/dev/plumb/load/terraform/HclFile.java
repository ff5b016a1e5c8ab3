package dev.plumb.load.terraform;

import dev.plumb.model.LoadProblem;
import java.util.List;

/**
 * One parsed {@code .tf} file: its top-level blocks in the order written, and at most one problem
 * when the file did not parse (then {@code blocks} holds only what came before the error).
 */
public record HclFile(String path, List<HclBlock> blocks, List<LoadProblem> problems) {

    public HclFile {
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
    }
}
