package dev.plumb.load.terraform;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.List;
import java.util.Set;
import org.openrewrite.hcl.HclVisitor;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * The files a stack's {@code templatefile()} calls read, found in its code without evaluating the
 * stack: wherever the call sits (a resource, a local, an output, a heredoc) and whether or not a
 * Kubernetes resource uses it. Such a file is a template of the stack: its {@code %{ if }} and
 * {@code ${…}} make YAML or JSON of it only once Terraform renders it.
 *
 * <p>A path is known when it is written literally or from {@code path.module}, {@code path.root}
 * and {@code path.cwd}, read as if the stack ran from its own directory: right for a root stack, and
 * for {@code path.module} in a module; paths the evaluation of a module call resolves otherwise are
 * recorded by {@link Evaluation} as they are read.
 */
final class TemplateFileCalls {

    private static final String TEMPLATEFILE = "templatefile";

    private TemplateFileCalls() {
    }

    /** Root-relative paths of the templates the files of one stack directory name, added to {@code found}. */
    static void collect(String directory, List<HclFile> files, Set<String> found) {
        Scope scope = pathsOnly(directory);
        for (HclFile file : files) {
            for (HclBlock block : file.blocks()) {
                if (block.syntax() == null) {
                    continue;
                }
                ValueReader reader = new ValueReader(block.syntax().locator(), scope);
                new HclVisitor<Set<String>>() {
                    @Override
                    public Hcl visitFunctionCall(Hcl.FunctionCall call, Set<String> paths) {
                        if (call.getName().getName().equals(TEMPLATEFILE)) {
                            List<Expression> arguments = Functions.arguments(call);
                            String written = arguments.isEmpty() ? null : Values.asString(reader.read(arguments.get(0)));
                            String path = written == null ? null : RepoPaths.resolve(directory, written);
                            if (path != null && !path.isEmpty()) {
                                paths.add(path);
                            }
                        }
                        return super.visitFunctionCall(call, paths);
                    }
                }.visit(block.syntax().block(), found);
            }
        }
    }

    /** Knows {@code path.*} and nothing else: any other reference in a path leaves it unknown. */
    private static Scope pathsOnly(String directory) {
        Evaluation nothingToRead = new Evaluation(RepositoryFiles.none());
        return new Scope() {
            @Override
            public Node bound(String name) {
                return null;
            }

            @Override
            public Node reference(String root, String name, Position at) {
                boolean path = root.equals("path") && (name.equals("module") || name.equals("root") || name.equals("cwd"));
                return path ? Values.string(".", at, true) : Values.unknown(at);
            }

            @Override
            public String workingDirectory() {
                return directory;
            }

            @Override
            public Evaluation evaluation() {
                return nothingToRead;
            }
        };
    }
}
