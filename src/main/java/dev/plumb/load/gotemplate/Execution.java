package dev.plumb.load.gotemplate;

import dev.plumb.load.gotemplate.Syntax.Item;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a template: output with the template line of every output line, variables in Go's scopes
 * (a control action's variables end at its {@code end}; a called template sees only its own {@code $}),
 * and limits that turn runaway templates into errors instead of exhausting the machine.
 */
public final class Execution {

    /** A template that calls itself this deep is looping. */
    static final int MAX_DEPTH = 200;
    static final int MAX_OUTPUT = 32 * 1024 * 1024;
    static final long MAX_ITERATIONS = 10_000_000L;

    private record Variable(String name, Object value) {}

    /** Functions that treat an {@link Unresolved} argument as its placeholder text. */
    private static final java.util.Set<String> TEXT_FUNCTIONS = java.util.Set.of("print", "printf", "println", "quote",
            "squote", "cat", "join", "replace", "regexReplaceAll", "regexReplaceAllLiteral", "upper", "lower", "trim",
            "trimSuffix", "trimPrefix", "trimAll", "indent", "nindent", "toYaml", "toJson", "toPrettyJson", "default",
            "coalesce", "ternary", "list", "dict", "toString", "tpl", "b64enc", "title", "nospace", "html", "js",
            "urlquery", "required", "set", "append", "prepend", "setValueAtPath",
            "eq", "ne", "not", "empty");

    private static final class BreakSignal extends RuntimeException {
        BreakSignal() {
            super(null, null, false, false);
        }
    }

    private static final class ContinueSignal extends RuntimeException {
        ContinueSignal() {
            super(null, null, false, false);
        }
    }

    private final Map<String, List<Item>> defines;
    private final FunctionTable functions;
    private final boolean missingKeyError;
    private final StringBuilder output = new StringBuilder();
    private final List<Integer> origins = new ArrayList<>();
    private boolean lineStart = true;
    private List<Variable> variables = new ArrayList<>();
    private int depth;
    private long iterations;
    private boolean sawUnresolved;

    Execution(Map<String, List<Item>> defines, FunctionTable functions, boolean missingKeyError) {
        this.defines = new HashMap<>(defines);
        this.functions = functions;
        this.missingKeyError = missingKeyError;
    }

    void run(List<Item> body, Object data) {
        variables.add(new Variable("$", data));
        try {
            items(body, data);
        } catch (TemplateException error) {
            throw sawUnresolved ? error.afterUnresolved() : error;
        } catch (BreakSignal | ContinueSignal outsideRange) {
            throw new TemplateException(1, 1, "{{break}} or {{continue}} outside {{range}}");
        }
    }

    GoTemplate.Rendered rendered() {
        return new GoTemplate.Rendered(output.toString(), origins.stream().mapToInt(Integer::intValue).toArray());
    }

    public FunctionTable functions() {
        return functions;
    }

    public boolean missingKeyError() {
        return missingKeyError;
    }

    /**
     * Renders {@code text} as a template sharing this execution's functions and defined templates
     * ({@code tpl}); its errors name the tpl call's line.
     */
    public String render(String text, Object data, int line, int column) {
        if (depth >= MAX_DEPTH) {
            throw new TemplateException(line, column, "tpl nested more than " + MAX_DEPTH + " deep");
        }
        Parser.Parsed parsed;
        try {
            parsed = Parser.parse(text);
            FunctionCheck.check(parsed, functions);
        } catch (TemplateException inner) {
            throw new FunctionException("template text: " + inner.located());
        }
        Execution nested = new Execution(defines, functions, missingKeyError);
        nested.defines.putAll(parsed.defines());
        nested.depth = depth + 1;
        try {
            nested.run(parsed.body(), data);
        } catch (TemplateException inner) {
            throw new FunctionException("template text: " + inner.located());
        } finally {
            sawUnresolved |= nested.sawUnresolved;
        }
        return nested.output.toString();
    }

    private void items(List<Item> items, Object dot) {
        for (Item item : items) {
            item(item, dot);
        }
    }

    private void item(Item item, Object dot) {
        if (item instanceof Syntax.Text text) {
            write(text.text(), text.line(), true);
        } else if (item instanceof Syntax.Action action) {
            Object value = pipeline(action.pipeline(), dot);
            if (action.pipeline().variables().isEmpty()) {
                write(GoValues.output(value), action.pipeline().line(), false);
            }
        } else if (item instanceof Syntax.If branch) {
            int mark = variables.size();
            boolean truth = GoValues.truth(pipeline(branch.condition(), dot));
            items(truth ? branch.then() : branch.otherwise(), dot);
            truncate(mark);
        } else if (item instanceof Syntax.With with) {
            int mark = variables.size();
            Object value = pipeline(with.pipeline(), dot);
            if (GoValues.truth(value)) {
                items(with.body(), value);
            } else {
                items(with.otherwise(), dot);
            }
            truncate(mark);
        } else if (item instanceof Syntax.Range range) {
            range(range, dot);
        } else if (item instanceof Syntax.Call call) {
            call(call, dot);
        } else if (item instanceof Syntax.Break) {
            throw new BreakSignal();
        } else if (item instanceof Syntax.Continue) {
            throw new ContinueSignal();
        }
    }

    private void range(Syntax.Range range, Object dot) {
        Syntax.Pipeline pipeline = range.pipeline();
        int mark = variables.size();
        Object value = commands(pipeline, dot);
        List<Object[]> entries = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            GoValues.sorted(map).forEach((key, element) -> entries.add(new Object[] {key, element}));
        } else if (value instanceof Collection<?> list) {
            long index = 0;
            for (Object element : list) {
                entries.add(new Object[] {index++, element});
            }
        } else if (value instanceof Long count) {
            if (count > MAX_ITERATIONS) {
                throw new TemplateException(pipeline.line(), pipeline.column(), "range over " + count + " is too long");
            }
            for (long i = 0; i < count; i++) {
                entries.add(new Object[] {i, i});
            }
        } else if (value instanceof Unresolved) {
            // How many times, and over what, is not known: what the body writes cannot be known either.
            sawUnresolved = true;
            throw new TemplateException(pipeline.line(), pipeline.column(), "range over a value plumb does not read");
        } else if (value != null) {
            throw new TemplateException(pipeline.line(), pipeline.column(),
                    "range can't iterate over " + GoValues.format(value).length() + "-character " + GoValues.typeName(value));
        }
        if (entries.isEmpty()) {
            items(range.otherwise(), dot);
            truncate(mark);
            return;
        }
        for (Object[] entry : entries) {
            if (++iterations > MAX_ITERATIONS) {
                throw new TemplateException(pipeline.line(), pipeline.column(), "too many iterations");
            }
            int iterationMark = variables.size();
            List<String> names = pipeline.variables();
            if (names.size() == 1) {
                declare(names.get(0), entry[1], pipeline.assign(), pipeline);
            } else if (names.size() == 2) {
                declare(names.get(0), entry[0], pipeline.assign(), pipeline);
                declare(names.get(1), entry[1], pipeline.assign(), pipeline);
            }
            try {
                items(range.body(), entry[1]);
            } catch (BreakSignal stop) {
                truncate(iterationMark);
                break;
            } catch (ContinueSignal next) {
                // the next element
            }
            truncate(iterationMark);
        }
        truncate(mark);
    }

    private void call(Syntax.Call call, Object dot) {
        List<Item> body = defines.get(call.name());
        if (body == null) {
            throw new TemplateException(call.line(), call.column(), "no such template \"" + call.name() + "\"");
        }
        Object argument = call.argument() == null ? null : pipeline(call.argument(), dot);
        if (depth >= MAX_DEPTH) {
            throw new TemplateException(call.line(), call.column(), "template \"" + call.name()
                    + "\" calls templates more than " + MAX_DEPTH + " deep (does it call itself?)");
        }
        List<Variable> saved = variables;
        variables = new ArrayList<>();
        variables.add(new Variable("$", argument));
        depth++;
        try {
            items(body, argument);
        } finally {
            depth--;
            variables = saved;
        }
    }

    private void truncate(int mark) {
        while (variables.size() > mark) {
            variables.remove(variables.size() - 1);
        }
    }

    private void write(String text, int line, boolean advancing) {
        if (output.length() + text.length() > MAX_OUTPUT) {
            throw new TemplateException(line, 1, "output larger than " + MAX_OUTPUT / (1024 * 1024) + " MiB");
        }
        int source = line;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart) {
                origins.add(source);
                lineStart = false;
            }
            output.append(c);
            if (c == '\n') {
                lineStart = true;
                if (advancing) {
                    source++;
                }
            }
        }
    }

    /** A pipeline's value, after declaring or assigning its variables. */
    private Object pipeline(Syntax.Pipeline pipeline, Object dot) {
        Object value = commands(pipeline, dot);
        for (String name : pipeline.variables()) {
            declare(name, value, pipeline.assign(), pipeline);
        }
        return value;
    }

    private void declare(String name, Object value, boolean assign, Syntax.Pipeline at) {
        if (!assign) {
            variables.add(new Variable(name, value));
            return;
        }
        for (int i = variables.size() - 1; i >= 0; i--) {
            if (variables.get(i).name().equals(name)) {
                variables.set(i, new Variable(name, value));
                return;
            }
        }
        throw new TemplateException(at.line(), at.column(), "undefined variable: " + name);
    }

    private Object commands(Syntax.Pipeline pipeline, Object dot) {
        Object value = null;
        boolean piped = false;
        for (Syntax.Command command : pipeline.commands()) {
            value = command(command, dot, value, piped);
            piped = true;
        }
        return value;
    }

    private Object command(Syntax.Command command, Object dot, Object piped, boolean hasPiped) {
        List<Syntax.Operand> operands = command.operands();
        Syntax.Operand first = operands.get(0);
        if (first instanceof Syntax.Function function) {
            return call(function, operands.subList(1, operands.size()), dot, piped, hasPiped);
        }
        if (operands.size() > 1 || hasPiped) {
            throw new TemplateException(first.line(), first.column(), "can't give argument to non-function");
        }
        return operand(first, dot);
    }

    private Object call(Syntax.Function function, List<Syntax.Operand> operands, Object dot, Object piped,
                        boolean hasPiped) {
        String name = function.name();
        if (name.equals("and") || name.equals("or")) {
            return logical(name.equals("and"), function, operands, dot, piped, hasPiped);
        }
        FunctionTable.Entry entry = functions.get(name).orElseThrow(() -> new TemplateException(function.line(),
                function.column(), "function \"" + name + "\" not defined"));
        List<Object> arguments = new ArrayList<>(operands.size() + 1);
        for (Syntax.Operand operand : operands) {
            arguments.add(operand(operand, dot));
        }
        if (hasPiped) {
            arguments.add(piped);
        }
        // What depends on a value plumb will not compute is not computed either (a document parsed from an
        // unread file); text functions carry the placeholder along, so the rest of a string stays known.
        for (Object argument : arguments) {
            if (argument instanceof Unresolved unresolved) {
                sawUnresolved = true;
                if (!TEXT_FUNCTIONS.contains(name)) {
                    return unresolved;
                }
            }
        }
        if (arguments.size() < entry.minArguments() || arguments.size() > entry.maxArguments()) {
            throw new TemplateException(function.line(), function.column(), FunctionTable.wrongCount(name, entry, arguments));
        }
        try {
            Object result = entry.function().call(arguments, new TemplateFunction.Invocation(this, name, function.line(),
                    function.column()));
            if (result instanceof Unresolved || result instanceof String text && text.contains(Unresolved.PREFIX)) {
                sawUnresolved = true;
            }
            return result;
        } catch (FunctionException refused) {
            throw new TemplateException(function.line(), function.column(), "error calling " + name + ": "
                    + refused.getMessage());
        } catch (TemplateException inner) {
            throw inner;
        } catch (RuntimeException unexpected) {
            throw new TemplateException(function.line(), function.column(), "error calling " + name + ": "
                    + unexpected.getClass().getSimpleName());
        }
    }

    /** Go 1.18's and/or: arguments are evaluated only as far as needed. */
    private Object logical(boolean and, Syntax.Function function, List<Syntax.Operand> operands, Object dot,
                           Object piped, boolean hasPiped) {
        int count = operands.size() + (hasPiped ? 1 : 0);
        if (count < 1) {
            throw new TemplateException(function.line(), function.column(),
                    "wrong number of args for " + function.name() + ": want at least 1 got 0");
        }
        Object value = null;
        for (int i = 0; i < count; i++) {
            value = i < operands.size() ? operand(operands.get(i), dot) : piped;
            if (GoValues.truth(value) != and) {
                return value;
            }
        }
        return value;
    }

    private Object operand(Syntax.Operand operand, Object dot) {
        if (operand instanceof Syntax.Literal literal) {
            return literal.value();
        }
        if (operand instanceof Syntax.Dot) {
            return dot;
        }
        if (operand instanceof Syntax.Field field) {
            return fields(dot, field.names(), operand);
        }
        if (operand instanceof Syntax.Variable variable) {
            return fields(variable(variable), variable.fields(), operand);
        }
        if (operand instanceof Syntax.Function function) {
            return call(function, List.of(), dot, null, false);
        }
        Syntax.Nested nested = (Syntax.Nested) operand;
        return fields(pipeline(nested.pipeline(), dot), nested.fields(), operand);
    }

    private Object variable(Syntax.Variable variable) {
        for (int i = variables.size() - 1; i >= 0; i--) {
            if (variables.get(i).name().equals(variable.name())) {
                return variables.get(i).value();
            }
        }
        throw new TemplateException(variable.line(), variable.column(), "undefined variable \"" + variable.name() + "\"");
    }

    private Object fields(Object value, List<String> names, Syntax.Operand at) {
        Object current = value;
        for (String name : names) {
            if (current instanceof Unresolved) {
                return current;
            }
            if (current instanceof Map<?, ?> map) {
                if (map.containsKey(name)) {
                    current = map.get(name);
                } else if (missingKeyError) {
                    throw new TemplateException(at.line(), at.column(), "map has no entry for key \"" + name + "\"");
                } else {
                    current = null;
                }
            } else if (current == null) {
                throw new TemplateException(at.line(), at.column(), "nil pointer evaluating interface {}." + name);
            } else {
                throw new TemplateException(at.line(), at.column(), "can't evaluate field " + name + " in type "
                        + GoValues.typeName(current));
            }
        }
        return current;
    }
}
