package dev.plumb.load.terraform;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.TerraformBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code .tf} file into the platform: its {@code kubernetes_*} resources become Kubernetes
 * objects whose every value points back at its HCL line, so each Kubernetes rule applies to them.
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

    public static Loaded load(String path, String text) {
        if (text.length() > MAX_CHARACTERS) {
            return new Loaded(List.of(), List.of(new LoadProblem(new Position(path, 1, 1), "not parsed: "
                    + text.length() / 1024 + " KB is over the " + MAX_CHARACTERS / 1024
                    + " KB plumb reads as Terraform (a generated file?)")), List.of());
        }
        HclFile file = HclParser.parse(path, text);
        List<Resource> resources = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>(file.problems());
        List<TerraformBlock> blocks = new ArrayList<>(file.blocks().size());
        for (HclBlock block : file.blocks()) {
            blocks.add(new TerraformBlock(path, block.type(), block.labels(), block.body(), block.position()));
            if (!block.type().equals("resource")) {
                continue;
            }
            String loader = "kubernetes_manifest".equals(block.labels().isEmpty() ? "" : block.labels().get(0))
                    ? Origin.TERRAFORM_MANIFEST : Origin.TERRAFORM;
            translated(block, problems).ifPresent(body ->
                    resources.add(new Resource(body, new Origin(path, block.position().line(), loader))));
        }
        return new Loaded(List.copyOf(resources), List.copyOf(problems), List.copyOf(blocks));
    }

    /** One odd resource must not cost the rest of the file: it becomes a problem on its own line. */
    private static Optional<MapNode> translated(HclBlock block, List<LoadProblem> problems) {
        try {
            return KubernetesObjects.translate(block);
        } catch (RuntimeException unexpected) {
            problems.add(new LoadProblem(block.position(), "could not read resource "
                    + String.join(".", block.labels()) + " as a Kubernetes object (" + unexpected.getClass().getSimpleName() + ")"));
            return Optional.empty();
        }
    }
}
