package dev.plumb.load.gotemplate;

import java.util.List;

/** The parse tree of a template, as Go's text/template/parse builds it (the subset plumb evaluates). */
final class Syntax {

    private Syntax() {
    }

    sealed interface Item permits Text, Action, If, Range, With, Call, Break, Continue {}

    record Text(String text, int line) implements Item {}

    record Action(Pipeline pipeline) implements Item {}

    /** {@code else if} is an If inside the else branch, as Go builds it. */
    record If(Pipeline condition, List<Item> then, List<Item> otherwise) implements Item {}

    record Range(Pipeline pipeline, List<Item> body, List<Item> otherwise) implements Item {}

    record With(Pipeline pipeline, List<Item> body, List<Item> otherwise) implements Item {}

    /** {@code template "name" .}; a {@code block} is a define plus this call. */
    record Call(String name, Pipeline argument, int line, int column) implements Item {}

    record Break(int line, int column) implements Item {}

    record Continue(int line, int column) implements Item {}

    /** {@code $a, $b := cmd | cmd}; {@code assign} for {@code =}, which changes a variable already declared. */
    record Pipeline(List<String> variables, boolean assign, List<Command> commands, int line, int column) {}

    record Command(List<Operand> operands, int line, int column) {}

    sealed interface Operand permits Literal, Dot, Field, Variable, Function, Nested {
        int line();

        int column();
    }

    record Literal(Object value, int line, int column) implements Operand {}

    record Dot(int line, int column) implements Operand {}

    /** {@code .a.b}: fields of dot. */
    record Field(List<String> names, int line, int column) implements Operand {}

    /** {@code $v.a.b}; {@code $} alone is named "$". */
    record Variable(String name, List<String> fields, int line, int column) implements Operand {}

    record Function(String name, int line, int column) implements Operand {}

    /** {@code (pipeline).a.b}. */
    record Nested(Pipeline pipeline, List<String> fields, int line, int column) implements Operand {}
}
