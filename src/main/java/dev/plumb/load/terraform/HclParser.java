package dev.plumb.load.terraform;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Parser;
import org.openrewrite.SourceFile;
import dev.plumb.model.MapNode;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.tree.ParseError;

/**
 * Parses one Terraform ({@code .tf}, {@code .tfvars}) file into position-keeping nodes, with
 * rewrite-hcl's grammar. What each construct becomes:
 *
 * <ul>
 *   <li>a top-level block → an {@link HclBlock} (type, labels, body);
 *   <li>an attribute {@code name = value} → key {@code name}, positioned at the name;
 *   <li>a nested block {@code name { … }} → key {@code name} holding a list with one body per
 *       occurrence, its labels (if any) under {@code "@labels"};
 *   <li>{@code dynamic "name" { content { … } }} → one {@code name} body from {@code content},
 *       marked {@code "@dynamic" = "true"};
 *   <li>literals, tuples, objects and templates without interpolation → values; every computed
 *       expression → Unknown.
 * </ul>
 *
 * Never throws and reads nothing but the text it is given. Two gaps of the grammar are worked around
 * without moving any position ({@link ParserWorkarounds}); a file that still does not parse is read
 * block by block ({@link BlockByBlock}): one {@link LoadProblem} per top-level block that fails, on
 * its line, and every other block.
 */
public final class HclParser {

    /** Only used to name the input inside rewrite; positions carry the caller's path. */
    private static final Path INPUT_NAME = Path.of("input.tf");
    /** rewrite compares print and source with a text diff (and JGit); plumb compares itself, see {@link #parse}. */
    private static final String REWRITE_PRINT_CHECK = "org.openrewrite.requirePrintEqualsInput";

    private HclParser() {}

    public static HclFile parse(String path, String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        HclLayout layout = HclLayout.of(withoutBom);
        String readable = ParserWorkarounds.apply(withoutBom, layout);
        HclFile whole = parseGuarded(path, readable);
        if (whole.problems().isEmpty() || layout.topLevelItems().isEmpty()) {
            return whole;
        }
        HclFile separately = BlockByBlock.parse(path, readable, layout.topLevelItems(), isolated -> parseGuarded(path, isolated));
        return separately != null ? separately : whole;
    }

    private static HclFile parseGuarded(String path, String text) {
        SourceText source = new SourceText(path, text);
        try {
            return parse(source);
        } catch (RuntimeException | StackOverflowError failure) {
            // Deeply nested input overflows the recursive grammar; other failures are rewrite's bugs.
            return failed(source, null, "the HCL parser failed (" + failure.getClass().getSimpleName() + ")");
        }
    }

    private static HclFile parse(SourceText source) {
        List<Throwable> errors = new ArrayList<>();
        InMemoryExecutionContext context = new InMemoryExecutionContext(errors::add);
        context.putMessage(REWRITE_PRINT_CHECK, false);
        Optional<SourceFile> parsed = new org.openrewrite.hcl.HclParser.Builder().build()
                .parseInputs(List.of(Parser.Input.fromString(INPUT_NAME, source.text(), StandardCharsets.UTF_8)),
                        null, context)
                .findFirst();
        ParserMessages.SyntaxError syntaxError = firstSyntaxError(errors);
        Hcl.ConfigFile tree = configFile(parsed.orElse(null));
        if (tree == null) {
            return syntaxError != null ? failed(source, syntaxError)
                    : failed(source, null, "the HCL parser failed" + exceptionName(errors));
        }
        SpanPrinter.Printed printed = SpanPrinter.print(tree);
        // rewrite recovers from syntax errors and misreads some heredocs; its tree is only
        // trustworthy where printing it gives back the source, and only up to the first error.
        int difference = source.firstDifference(printed.text());
        int trustedUpTo = difference < 0 ? source.length() : difference;
        if (syntaxError != null) {
            trustedUpTo = Math.min(trustedUpTo, source.lineStart(syntaxError.line()));
        }
        Locator locator = new Locator(source, printed);
        List<HclBlock> blocks = new ArrayList<>();
        MapNode.Builder attributes = new MapNode.Builder(new Position(source.path(), 1, 1));
        readBefore(trustedUpTo, tree, locator, blocks, attributes);
        MapNode topLevel = attributes.build(source.line(source.length()));
        if (syntaxError != null) {
            return new HclFile(source.path(), blocks, List.of(problem(source, syntaxError)), topLevel);
        }
        if (difference >= 0) {
            Position at = source.position(difference);
            return new HclFile(source.path(), blocks, List.of(new LoadProblem(at,
                    "the HCL parser misread this file from here (a heredoc line ending in its delimiter word?)")), topLevel);
        }
        return new HclFile(source.path(), blocks, List.of(), topLevel);
    }

    private static void readBefore(int offset, Hcl.ConfigFile tree, Locator locator, List<HclBlock> blocks,
                                   MapNode.Builder attributes) {
        BodyReader reader = new BodyReader(locator);
        ValueReader values = new ValueReader(locator);
        for (BodyContent content : tree.getBody()) {
            if (locator.end(content) > offset) {
                break;
            }
            if (content instanceof Hcl.Block block) {
                blocks.add(reader.topLevel(block));
            } else if (content instanceof Hcl.Attribute attribute) {
                String name = StaticText.ofKey(attribute.getName());
                if (name != null) {
                    attributes.put(name, locator.position(attribute), values.read(attribute.getValue()));
                }
            }
        }
    }

    /** Expressions written apart from any file (a template's {@code ${…}}), parsed together; null when one does not parse. */
    record Expressions(Locator locator, List<Expression> expressions) {}

    static Expressions expressions(String path, List<String> texts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).indexOf('\n') >= 0 && texts.get(i).contains("<<")) {
                return null;
            }
            text.append("e").append(i).append(" = ").append(texts.get(i).replace('\n', ' ')).append('\n');
        }
        try {
            List<Throwable> errors = new ArrayList<>();
            InMemoryExecutionContext context = new InMemoryExecutionContext(errors::add);
            context.putMessage(REWRITE_PRINT_CHECK, false);
            SourceText source = new SourceText(path, text.toString());
            Optional<SourceFile> parsed = new org.openrewrite.hcl.HclParser.Builder().build()
                    .parseInputs(List.of(Parser.Input.fromString(INPUT_NAME, source.text(), StandardCharsets.UTF_8)),
                            null, context)
                    .findFirst();
            if (!errors.isEmpty() || !(parsed.orElse(null) instanceof Hcl.ConfigFile tree)) {
                return null;
            }
            SpanPrinter.Printed printed = SpanPrinter.print(tree);
            if (source.firstDifference(printed.text()) >= 0) {
                return null;
            }
            List<Expression> expressions = new ArrayList<>();
            for (BodyContent content : tree.getBody()) {
                if (!(content instanceof Hcl.Attribute attribute)) {
                    return null;
                }
                expressions.add(attribute.getValue());
            }
            return expressions.size() == texts.size() ? new Expressions(new Locator(source, printed), expressions) : null;
        } catch (RuntimeException | StackOverflowError unreadable) {
            return null;
        }
    }

    private static Hcl.ConfigFile configFile(SourceFile parsed) {
        if (parsed instanceof Hcl.ConfigFile file) {
            return file;
        }
        if (parsed instanceof ParseError error && error.getErroneous() instanceof Hcl.ConfigFile file) {
            return file;
        }
        return null;
    }

    private static ParserMessages.SyntaxError firstSyntaxError(List<Throwable> errors) {
        for (Throwable error : errors) {
            ParserMessages.SyntaxError syntaxError = ParserMessages.syntaxError(error.getMessage());
            if (syntaxError != null) {
                return syntaxError;
            }
        }
        return null;
    }

    private static String exceptionName(List<Throwable> errors) {
        return errors.isEmpty() ? "" : " (" + errors.get(0).getClass().getSimpleName() + ")";
    }

    private static LoadProblem problem(SourceText source, ParserMessages.SyntaxError error) {
        return new LoadProblem(new Position(source.path(), error.line(), error.column()), error.message());
    }

    private static HclFile failed(SourceText source, ParserMessages.SyntaxError error) {
        return new HclFile(source.path(), List.of(), List.of(problem(source, error)));
    }

    private static HclFile failed(SourceText source, Position at, String message) {
        Position where = at == null ? new Position(source.path(), 1, 1) : at;
        return new HclFile(source.path(), List.of(), List.of(new LoadProblem(where, message)));
    }
}
