package dev.plumb.load.terraform;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.TerraformBlock;
import java.util.List;

/**
 * Reads one {@code .tf} file into the platform as a stack of its own: its {@code kubernetes_*}
 * resources become Kubernetes objects whose every value points back at its HCL line, so each
 * Kubernetes rule applies to them. A scan loads whole stacks with {@link TerraformStacks}.
 */
public final class TerraformLoader {

    /** What one file contributed. */
    public record Loaded(List<Resource> resources, List<LoadProblem> problems, List<TerraformBlock> blocks) {}

    /**
     * The HCL grammar's lookahead makes parse time grow steeply with size (a 200 KB file ~0.5 s, a
     * 5 MB one ~15 s). Hand-written stacks stay far below this; larger files are generated.
     */
    static final int MAX_CHARACTERS = 512 * 1024;

    private TerraformLoader() {
    }

    /** The file alone, evaluated with what it declares itself; file functions read nothing. */
    public static Loaded load(String path, String text) {
        TerraformStacks.Loaded loaded = TerraformStacks.load(List.of(new TerraformStacks.Source(path, text)),
                RepositoryFiles.none(), TerraformStacks.Settings.defaults());
        return new Loaded(loaded.resources(), loaded.problems(), loaded.blocks());
    }

    /** What is wrong with a file's syntax (a var file's, say), without evaluating it; empty when it parses. */
    public static List<LoadProblem> syntaxProblems(String path, String text) {
        return parse(path, text).problems();
    }

    /** Parses a file, or says why it is not parsed. */
    static HclFile parse(String path, String text) {
        if (text.length() > MAX_CHARACTERS) {
            return new HclFile(path, List.of(), List.of(new LoadProblem(new Position(path, 1, 1), "not parsed: "
                    + text.length() / 1024 + " KB is over the " + MAX_CHARACTERS / 1024
                    + " KB plumb reads as Terraform (a generated file?)")));
        }
        return HclParser.parse(path, text);
    }
}
