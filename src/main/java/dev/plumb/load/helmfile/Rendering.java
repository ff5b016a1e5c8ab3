package dev.plumb.load.helmfile;

import dev.plumb.load.gotemplate.GoTemplate;
import dev.plumb.load.gotemplate.TemplateException;
import dev.plumb.load.terraform.RepositoryFiles;
import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** Renders helmfile's templates and parses what they give, turning every failure into one at the written line. */
final class Rendering {

    /** A rendered and parsed YAML document, with the way back to the written lines. */
    record Parsed(Node document, IntUnaryOperator lines) {}

    private final RepositoryFiles files;
    private final Set<String> used;

    Rendering(RepositoryFiles files, Set<String> used) {
        this.files = files;
        this.used = used;
    }

    /**
     * Renders {@code text}, written in {@code file} from line {@code firstLine}.
     *
     * @param directory       where readFile and friends start: the helmfile's directory (bases included), or a
     *                        release values file's own
     * @param missingKeyError helmfile's main render fails on a missing key; its first pass (for environments) does not
     */
    GoTemplate.Rendered render(String text, String file, int firstLine, String directory, Object data,
                               boolean missingKeyError) {
        try {
            GoTemplate template = GoTemplate.parse(text, HelmfileFunctions.of(files, directory, used));
            return template.execute(data, missingKeyError);
        } catch (TemplateException error) {
            Position at = new Position(file, firstLine - 1 + error.line(), error.column());
            throw error.isAfterUnresolved() ? HelmfileFailure.needsEnvironment(at)
                    : new HelmfileFailure(at, "template: " + error.getMessage());
        } catch (HelmfileFailure failure) {
            throw failure;
        } catch (RuntimeException unexpected) {
            // A template plumb cannot evaluate is reported on its file, never as a crash of the scan.
            throw new HelmfileFailure(new Position(file, firstLine, 1), "template could not be evaluated ("
                    + unexpected.getClass().getSimpleName() + ")");
        }
    }

    /** The first document of YAML text, null when there is none; a syntax error is a failure at its written line. */
    static Node parse(String text, String file, IntUnaryOperator lines) {
        YamlDocuments documents = YamlDocuments.parse(file, text);
        if (!documents.problems().isEmpty()) {
            LoadProblem problem = documents.problems().get(0);
            Position at = problem.position();
            throw new HelmfileFailure(new Position(file, lines.applyAsInt(Math.max(1, at.line())), at.column()),
                    problem.message());
        }
        return documents.documents().stream().filter(document -> !document.isNull()).findFirst().orElse(null);
    }

    /** Renders and parses a template, mapping rendered lines to written ones. */
    Parsed renderYaml(String text, String file, int firstLine, String directory, Object data, boolean missingKeyError) {
        GoTemplate.Rendered rendered = render(text, file, firstLine, directory, data, missingKeyError);
        IntUnaryOperator lines = line -> firstLine - 1 + rendered.sourceLine(line);
        return new Parsed(parse(rendered.text(), file, lines), lines);
    }
}
