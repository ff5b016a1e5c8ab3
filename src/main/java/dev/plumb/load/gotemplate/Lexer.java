package dev.plumb.load.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a template into text and action tokens with Go's rules: {@code {{- } and {@code -}}} (the dash
 * followed or preceded by a space) trim the white space next to the action, and a comment
 * {@code {{/* … *}{@code /}}} is dropped with its trim markers still applying.
 */
final class Lexer {

    private static final Set<String> KEYWORDS = Set.of("if", "else", "end", "range", "with", "define", "template",
            "block", "break", "continue");

    private final String input;
    private final List<Token> tokens = new ArrayList<>();
    private int position;
    private int line = 1;
    private int column = 1;

    private Lexer(String input) {
        this.input = input;
    }

    static List<Token> tokens(String input) {
        Lexer lexer = new Lexer(input);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        boolean trimNextText = false;
        while (position < input.length()) {
            int open = input.indexOf("{{", position);
            int textEnd = open < 0 ? input.length() : open;
            boolean trimBefore = open >= 0 && input.startsWith("{{- ", open) || open >= 0 && input.startsWith("{{-\t", open)
                    || open >= 0 && input.startsWith("{{-\n", open) || open >= 0 && input.startsWith("{{-\r", open);
            String text = input.substring(position, textEnd);
            int textLine = line;
            int textColumn = column;
            advanceTo(textEnd);
            if (trimNextText) {
                int stripped = text.length() - text.stripLeading().length();
                textLine = lineAfter(textLine, text.substring(0, stripped));
                text = text.substring(stripped);
            }
            if (trimBefore) {
                text = text.stripTrailing();
            }
            if (!text.isEmpty()) {
                tokens.add(new Token(Token.Type.TEXT, text, textLine, textColumn));
            }
            if (open < 0) {
                break;
            }
            trimNextText = action(trimBefore);
        }
        tokens.add(new Token(Token.Type.EOF, "", line, column));
    }

    private static int lineAfter(int start, String skipped) {
        return start + (int) skipped.chars().filter(c -> c == '\n').count();
    }

    /** Lexes one action from its "{{"; true when it ends with a right trim marker. */
    private boolean action(boolean trimmed) {
        int startLine = line;
        int startColumn = column;
        advanceTo(position + (trimmed ? 3 : 2));
        skipSpace();
        if (input.startsWith("/*", position)) {
            int close = input.indexOf("*/", position + 2);
            if (close < 0) {
                throw new TemplateException(startLine, startColumn, "unclosed comment");
            }
            advanceTo(close + 2);
            skipSpace();
            boolean trimAfter = input.startsWith("-}}", position);
            if (!trimAfter && !input.startsWith("}}", position)) {
                throw new TemplateException(line, column, "comment ends before closing delimiter");
            }
            advanceTo(position + (trimAfter ? 3 : 2));
            return trimAfter;
        }
        tokens.add(new Token(Token.Type.LEFT, "{{", startLine, startColumn));
        while (true) {
            skipSpace();
            if (position >= input.length()) {
                throw new TemplateException(startLine, startColumn, "unclosed action");
            }
            if (input.startsWith("-}}", position) && position > 0 && Character.isWhitespace(input.charAt(position - 1))) {
                tokens.add(new Token(Token.Type.RIGHT, "}}", line, column));
                advanceTo(position + 3);
                return true;
            }
            if (input.startsWith("}}", position)) {
                tokens.add(new Token(Token.Type.RIGHT, "}}", line, column));
                advanceTo(position + 2);
                return false;
            }
            word();
        }
    }

    private void word() {
        int startLine = line;
        int startColumn = column;
        int start = position;
        char c = input.charAt(position);
        Token.Type type;
        if (c == '"') {
            int end = start + 1;
            while (end < input.length() && input.charAt(end) != '"') {
                if (input.charAt(end) == '\\') {
                    end++;
                }
                if (end < input.length() && input.charAt(end) == '\n') {
                    throw new TemplateException(startLine, startColumn, "unterminated quoted string");
                }
                end++;
            }
            if (end >= input.length()) {
                throw new TemplateException(startLine, startColumn, "unterminated quoted string");
            }
            advanceTo(end + 1);
            type = Token.Type.STRING;
        } else if (c == '`') {
            int end = input.indexOf('`', start + 1);
            if (end < 0) {
                throw new TemplateException(startLine, startColumn, "unterminated raw quoted string");
            }
            advanceTo(end + 1);
            type = Token.Type.STRING;
        } else if (c == '\'') {
            int end = start + 1;
            if (end < input.length() && input.charAt(end) == '\\') {
                end++;
            }
            end = input.indexOf('\'', end + 1);
            if (end < 0) {
                throw new TemplateException(startLine, startColumn, "unterminated character constant");
            }
            advanceTo(end + 1);
            type = Token.Type.CHAR;
        } else if (c == '|') {
            advanceTo(start + 1);
            type = Token.Type.PIPE;
        } else if (c == '(') {
            advanceTo(start + 1);
            type = Token.Type.LPAREN;
        } else if (c == ')') {
            advanceTo(start + 1);
            type = Token.Type.RPAREN;
        } else if (c == ',') {
            advanceTo(start + 1);
            type = Token.Type.COMMA;
        } else if (c == ':' && input.startsWith(":=", start)) {
            advanceTo(start + 2);
            type = Token.Type.DECLARE;
        } else if (c == '=') {
            advanceTo(start + 1);
            type = Token.Type.ASSIGN;
        } else if (c == '$') {
            advanceTo(identifierEnd(start + 1));
            type = Token.Type.VARIABLE;
        } else if (c == '.' && (start + 1 >= input.length() || !isIdentifierChar(input.charAt(start + 1)))) {
            if (start + 1 < input.length() && Character.isDigit(input.charAt(start + 1))) {
                advanceTo(numberEnd(start));
                type = Token.Type.NUMBER;
            } else {
                advanceTo(start + 1);
                type = Token.Type.DOT;
            }
        } else if (c == '.') {
            if (Character.isDigit(input.charAt(start + 1))) {
                advanceTo(numberEnd(start));
                type = Token.Type.NUMBER;
            } else {
                advanceTo(identifierEnd(start + 1));
                type = Token.Type.FIELD;
            }
        } else if (Character.isDigit(c) || (c == '-' || c == '+') && start + 1 < input.length()
                && (Character.isDigit(input.charAt(start + 1)) || input.charAt(start + 1) == '.')) {
            advanceTo(numberEnd(start + 1));
            type = Token.Type.NUMBER;
        } else if (isIdentifierChar(c)) {
            advanceTo(identifierEnd(start));
            String word = input.substring(start, position);
            type = KEYWORDS.contains(word) ? Token.Type.KEYWORD
                    : word.equals("true") || word.equals("false") ? Token.Type.BOOL
                    : word.equals("nil") ? Token.Type.NIL : Token.Type.IDENTIFIER;
        } else {
            throw new TemplateException(startLine, startColumn, "unexpected \"" + c + "\" in command");
        }
        tokens.add(new Token(type, input.substring(start, position), startLine, startColumn));
        // A field chain continues right after a word or a closing parenthesis: (x).a.b, $v.a, .a.b
        if (type == Token.Type.FIELD || type == Token.Type.VARIABLE || type == Token.Type.RPAREN) {
            while (position + 1 < input.length() && input.charAt(position) == '.'
                    && isIdentifierChar(input.charAt(position + 1)) && !Character.isDigit(input.charAt(position + 1))) {
                int fieldLine = line;
                int fieldColumn = column;
                int fieldStart = position;
                advanceTo(identifierEnd(position + 1));
                tokens.add(new Token(Token.Type.CHAIN, input.substring(fieldStart, position), fieldLine, fieldColumn));
            }
        }
    }

    private int identifierEnd(int from) {
        int end = from;
        while (end < input.length() && isIdentifierChar(input.charAt(end))) {
            end++;
        }
        return end;
    }

    private int numberEnd(int from) {
        int end = from;
        while (end < input.length() && (Character.isLetterOrDigit(input.charAt(end)) || input.charAt(end) == '.'
                || input.charAt(end) == '_' || (input.charAt(end) == '-' || input.charAt(end) == '+')
                && (input.charAt(end - 1) == 'e' || input.charAt(end - 1) == 'E'))) {
            end++;
        }
        return end;
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private void skipSpace() {
        int end = position;
        while (end < input.length() && Character.isWhitespace(input.charAt(end))) {
            end++;
        }
        advanceTo(end);
    }

    private void advanceTo(int end) {
        for (int i = position; i < end; i++) {
            if (input.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        position = end;
    }
}
