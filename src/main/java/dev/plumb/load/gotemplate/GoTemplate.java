package dev.plumb.load.gotemplate;

import dev.plumb.load.gotemplate.Syntax.Item;
import java.util.List;
import java.util.Map;

/**
 * A Go text/template, parsed against the functions it may call: as in Go, a call of an unknown function
 * anywhere in the text fails the parse, even in a branch that would never run.
 */
public final class GoTemplate {

    private final Parser.Parsed parsed;
    private final FunctionTable functions;

    private GoTemplate(Parser.Parsed parsed, FunctionTable functions) {
        this.parsed = parsed;
        this.functions = functions;
    }

    /** @throws TemplateException with the line and column of the first syntax error or unknown function */
    public static GoTemplate parse(String text, FunctionTable functions) {
        try {
            Parser.Parsed parsed = Parser.parse(text);
            FunctionCheck.check(parsed, functions);
            return new GoTemplate(parsed, functions);
        } catch (StackOverflowError tooDeep) {
            throw new TemplateException(1, 1, "template nested too deeply");
        }
    }

    /**
     * Executes the template on {@code data}.
     *
     * @param missingKeyError Go's {@code missingkey=error}: a missing map key is an error rather than nil
     * @throws TemplateException with the line and column of the failing action
     */
    public Rendered execute(Object data, boolean missingKeyError) {
        Execution execution = new Execution(parsed.defines(), functions, missingKeyError);
        try {
            execution.run(parsed.body(), data);
        } catch (StackOverflowError tooDeep) {
            // A value that contains itself (set $d "self" $d) has no end to print or encode.
            throw new TemplateException(1, 1, "a value or template nested too deeply (does a value contain itself?)");
        }
        return execution.rendered();
    }

    List<Item> body() {
        return parsed.body();
    }

    Map<String, List<Item>> defines() {
        return parsed.defines();
    }

    /**
     * The output, and for each of its lines the template line it came from, so a problem in the rendered
     * text (a YAML error, a release) is reported where the operator wrote it.
     */
    public record Rendered(String text, int[] lineOrigins) {

        /** The template line of a 1-based output line. */
        public int sourceLine(int outputLine) {
            if (lineOrigins.length == 0) {
                return 1;
            }
            int index = Math.max(0, Math.min(outputLine - 1, lineOrigins.length - 1));
            return lineOrigins[index];
        }
    }
}
