package dev.plumb.load.gotemplate;

import dev.plumb.load.gotemplate.Syntax.Item;
import dev.plumb.load.gotemplate.Token.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the parse tree from the lexer's tokens; every error names the line and column of the token at fault. */
final class Parser {

    /** A parsed template: its body and the templates it defines. */
    record Parsed(List<Item> body, Map<String, List<Item>> defines) {}

    /** How a list of items ended. */
    private enum End { END, ELSE, ELSE_IF, ELSE_WITH, EOF }

    private final List<Token> tokens;
    private final Map<String, List<Item>> defines = new LinkedHashMap<>();
    private int next;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Parsed parse(String text) {
        Parser parser = new Parser(Lexer.tokens(text));
        List<Item> body = new ArrayList<>();
        End end = parser.items(body, true);
        if (end != End.EOF) {
            Token at = parser.tokens.get(parser.next - 1);
            throw new TemplateException(at.line(), at.column(), "unexpected {{" + (end == End.END ? "end" : "else") + "}}");
        }
        return new Parsed(body, parser.defines);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private Token expect(Type type, String context) {
        Token token = take();
        if (!token.is(type)) {
            throw unexpected(token, context);
        }
        return token;
    }

    private static TemplateException unexpected(Token token, String context) {
        String what = token.is(Type.EOF) ? "EOF" : token.is(Type.RIGHT) ? "}}" : "\"" + token.text() + "\"";
        return new TemplateException(token.line(), token.column(), "unexpected " + what + " in " + context);
    }

    /** Items until {@code end}, {@code else} or the end of input (then {@code top} must be true). */
    private End items(List<Item> into, boolean top) {
        if (++depth > 1000) {
            Token at = peek();
            throw new TemplateException(at.line(), at.column(), "template nested too deeply");
        }
        try {
            while (true) {
                Token token = take();
                if (token.is(Type.EOF)) {
                    if (!top) {
                        throw new TemplateException(token.line(), token.column(), "unexpected EOF: an {{end}} is missing");
                    }
                    return End.EOF;
                }
                if (token.is(Type.TEXT)) {
                    into.add(new Syntax.Text(token.text(), token.line()));
                    continue;
                }
                Token first = peek();
                if (first.is(Type.KEYWORD)) {
                    End end = keyword(take(), into, top);
                    if (end != null) {
                        return end;
                    }
                    continue;
                }
                Syntax.Pipeline pipeline = pipeline("command", Type.RIGHT, false);
                into.add(new Syntax.Action(pipeline));
            }
        } finally {
            depth--;
        }
    }

    /** A control action; returns how the enclosing list ends, or null when it goes on. */
    private End keyword(Token word, List<Item> into, boolean top) {
        switch (word.text()) {
            case "end" -> {
                expect(Type.RIGHT, "end");
                return End.END;
            }
            case "else" -> {
                if (peek().isKeyword("if")) {
                    take();
                    return End.ELSE_IF;
                }
                if (peek().isKeyword("with")) {
                    take();
                    return End.ELSE_WITH;
                }
                expect(Type.RIGHT, "else");
                return End.ELSE;
            }
            case "if" -> into.add(conditional(word, "if"));
            case "with" -> into.add(conditional(word, "with"));
            case "range" -> into.add(conditional(word, "range"));
            case "break" -> {
                expect(Type.RIGHT, "break");
                into.add(new Syntax.Break(word.line(), word.column()));
            }
            case "continue" -> {
                expect(Type.RIGHT, "continue");
                into.add(new Syntax.Continue(word.line(), word.column()));
            }
            case "template" -> {
                String name = templateName(word);
                Syntax.Pipeline argument = peek().is(Type.RIGHT) ? null : pipeline("template clause", Type.RIGHT, false);
                if (argument == null) {
                    take();
                }
                into.add(new Syntax.Call(name, argument, word.line(), word.column()));
            }
            case "define" -> {
                if (!top) {
                    throw new TemplateException(word.line(), word.column(), "unexpected define inside another action");
                }
                String name = templateName(word);
                expect(Type.RIGHT, "define clause");
                List<Item> body = new ArrayList<>();
                if (items(body, false) != End.END) {
                    throw new TemplateException(word.line(), word.column(), "unexpected {{else}} in define");
                }
                defines.put(name, body);
            }
            case "block" -> {
                String name = templateName(word);
                Syntax.Pipeline argument = pipeline("block clause", Type.RIGHT, false);
                List<Item> body = new ArrayList<>();
                if (items(body, false) != End.END) {
                    throw new TemplateException(word.line(), word.column(), "unexpected {{else}} in block");
                }
                defines.putIfAbsent(name, body);
                into.add(new Syntax.Call(name, argument, word.line(), word.column()));
            }
            default -> throw unexpected(word, "command");
        }
        return null;
    }

    private String templateName(Token keyword) {
        Token name = take();
        if (!name.is(Type.STRING)) {
            throw new TemplateException(name.line(), name.column(), "unexpected \"" + name.text() + "\" in "
                    + keyword.text() + " clause: the template name must be a string");
        }
        return Literals.unquote(name);
    }

    /** {@code if}, {@code with}, {@code range}: pipeline, body, optional else (or else if / else with), end. */
    private Item conditional(Token word, String kind) {
        Syntax.Pipeline pipeline = pipeline(kind, Type.RIGHT, kind.equals("range"));
        List<Item> body = new ArrayList<>();
        End end = items(body, false);
        List<Item> otherwise = new ArrayList<>();
        if (end == End.ELSE) {
            if (items(otherwise, false) != End.END) {
                Token at = tokens.get(next - 1);
                throw new TemplateException(at.line(), at.column(), "expected end; found else");
            }
        } else if (end == End.ELSE_IF || end == End.ELSE_WITH) {
            if (end == End.ELSE_IF && kind.equals("range") || end == End.ELSE_WITH && !kind.equals("with")) {
                Token at = tokens.get(next - 1);
                throw new TemplateException(at.line(), at.column(), "unexpected else " + (end == End.ELSE_IF ? "if" : "with")
                        + " in " + kind);
            }
            // "else if x" ... "end" closes the outer action too, as in Go.
            Token inner = tokens.get(next - 1);
            otherwise.add(conditional(inner, end == End.ELSE_IF ? "if" : "with"));
        }
        return switch (kind) {
            case "if" -> new Syntax.If(pipeline, body, otherwise);
            case "with" -> new Syntax.With(pipeline, body, otherwise);
            default -> new Syntax.Range(pipeline, body, otherwise);
        };
    }

    /** A pipeline up to {@code closing} (consumed), with its declarations. */
    private Syntax.Pipeline pipeline(String context, Type closing, boolean range) {
        Token start = peek();
        if (++depth > 1000) {
            throw new TemplateException(start.line(), start.column(), "template nested too deeply");
        }
        try {
            return declaredPipeline(context, closing, range, start);
        } finally {
            depth--;
        }
    }

    private Syntax.Pipeline declaredPipeline(String context, Type closing, boolean range, Token start) {
        List<String> variables = new ArrayList<>();
        boolean assign = false;
        int mark = next;
        if (peek().is(Type.VARIABLE)) {
            Token first = take();
            if (range && peek().is(Type.COMMA)) {
                take();
                Token second = expect(Type.VARIABLE, "range declaration");
                variables.add(first.text());
                variables.add(second.text());
                Token declare = take();
                if (!declare.is(Type.DECLARE) && !declare.is(Type.ASSIGN)) {
                    throw unexpected(declare, "range declaration");
                }
                assign = declare.is(Type.ASSIGN);
            } else if (peek().is(Type.DECLARE) || peek().is(Type.ASSIGN)) {
                assign = take().is(Type.ASSIGN);
                variables.add(first.text());
            } else {
                next = mark;
            }
        }
        List<Syntax.Command> commands = new ArrayList<>();
        while (true) {
            commands.add(command(context, closing));
            Token after = take();
            if (after.is(closing)) {
                break;
            }
            if (!after.is(Type.PIPE)) {
                throw unexpected(after, context);
            }
        }
        return new Syntax.Pipeline(variables, assign, commands, start.line(), start.column());
    }

    private Syntax.Command command(String context, Type closing) {
        Token start = peek();
        List<Syntax.Operand> operands = new ArrayList<>();
        while (!peek().is(Type.PIPE) && !peek().is(closing)) {
            if (peek().is(Type.EOF) || peek().is(Type.RIGHT) || peek().is(Type.RPAREN)) {
                throw unexpected(peek(), context);
            }
            operands.add(operand(context));
        }
        if (operands.isEmpty()) {
            throw new TemplateException(start.line(), start.column(), "missing value for " + context);
        }
        return new Syntax.Command(operands, start.line(), start.column());
    }

    private Syntax.Operand operand(String context) {
        Token token = take();
        Syntax.Operand operand = switch (token.type()) {
            case NUMBER, CHAR -> new Syntax.Literal(Literals.number(token), token.line(), token.column());
            case STRING -> new Syntax.Literal(Literals.unquote(token), token.line(), token.column());
            case BOOL -> new Syntax.Literal(Boolean.parseBoolean(token.text()), token.line(), token.column());
            case NIL -> new Syntax.Literal(null, token.line(), token.column());
            case DOT -> new Syntax.Dot(token.line(), token.column());
            case IDENTIFIER -> new Syntax.Function(token.text(), token.line(), token.column());
            case FIELD -> new Syntax.Field(chain(token.text().substring(1)), token.line(), token.column());
            case VARIABLE -> new Syntax.Variable(token.text(), chain(null), token.line(), token.column());
            case LPAREN -> new Syntax.Nested(pipeline("parenthesized pipeline", Type.RPAREN, false), chain(null),
                    token.line(), token.column());
            default -> throw unexpected(token, context);
        };
        return operand;
    }

    /** The field names that follow a term without a space: {@code .b.c} of {@code $a.b.c}. */
    private List<String> chain(String first) {
        List<String> names = new ArrayList<>();
        if (first != null) {
            names.add(first);
        }
        while (peek().is(Type.CHAIN)) {
            names.add(take().text().substring(1));
        }
        return names;
    }
}
