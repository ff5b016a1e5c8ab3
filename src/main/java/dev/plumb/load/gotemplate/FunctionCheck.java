package dev.plumb.load.gotemplate;

import dev.plumb.load.gotemplate.Syntax.Item;
import java.util.List;

/** Go's parse-time check that every function a template names exists. */
final class FunctionCheck {

    private final FunctionTable functions;

    private FunctionCheck(FunctionTable functions) {
        this.functions = functions;
    }

    static void check(Parser.Parsed parsed, FunctionTable functions) {
        FunctionCheck check = new FunctionCheck(functions);
        check.items(parsed.body());
        parsed.defines().values().forEach(check::items);
    }

    private void items(List<Item> items) {
        for (Item item : items) {
            if (item instanceof Syntax.Action action) {
                pipeline(action.pipeline());
            } else if (item instanceof Syntax.If branch) {
                pipeline(branch.condition());
                items(branch.then());
                items(branch.otherwise());
            } else if (item instanceof Syntax.Range range) {
                pipeline(range.pipeline());
                items(range.body());
                items(range.otherwise());
            } else if (item instanceof Syntax.With with) {
                pipeline(with.pipeline());
                items(with.body());
                items(with.otherwise());
            } else if (item instanceof Syntax.Call call && call.argument() != null) {
                pipeline(call.argument());
            }
        }
    }

    private void pipeline(Syntax.Pipeline pipeline) {
        for (Syntax.Command command : pipeline.commands()) {
            for (Syntax.Operand operand : command.operands()) {
                if (operand instanceof Syntax.Function function && !functions.has(function.name())
                        && !function.name().equals("and") && !function.name().equals("or")) {
                    throw new TemplateException(function.line(), function.column(),
                            "function \"" + function.name() + "\" not defined");
                }
                if (operand instanceof Syntax.Nested nested) {
                    pipeline(nested.pipeline());
                }
            }
        }
    }
}
