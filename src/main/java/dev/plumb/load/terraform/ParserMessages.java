package dev.plumb.load.terraform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's own words for a syntax error, without the piece of source it quotes: a quoted
 * token may be part of a secret, and plumb never prints file content in its findings.
 */
final class ParserMessages {

    /** rewrite-hcl's wording: "Syntax error in {path} at line {line}:{column} {antlr message}." */
    private static final Pattern SYNTAX_ERROR =
            Pattern.compile("at line (\\d+):(\\d+) (.*?)\\.?$", Pattern.DOTALL);
    private static final Pattern UNEXPECTED_INPUT =
            Pattern.compile("^(extraneous input|mismatched input) '.*' (expecting .*)$", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("^(missing .*) at '.*'$", Pattern.DOTALL);
    private static final Pattern NO_VIABLE = Pattern.compile("^no viable alternative at input '.*'$", Pattern.DOTALL);
    private static final Pattern UNKNOWN_CHARACTERS = Pattern.compile("^token recognition error at: '.*'$", Pattern.DOTALL);
    private static final int MAX_LENGTH = 300;

    /** A syntax error as plumb reports it: line, column and a message free of source text. */
    record SyntaxError(int line, int column, String message) {}

    private ParserMessages() {}

    /** Null when the text is not a syntax error report. */
    static SyntaxError syntaxError(String reported) {
        if (reported == null) {
            return null;
        }
        Matcher matcher = SYNTAX_ERROR.matcher(reported);
        if (!matcher.find()) {
            return null;
        }
        try {
            int line = Integer.parseInt(matcher.group(1));
            int column = Integer.parseInt(matcher.group(2)) + 1;
            return new SyntaxError(line, column, "syntax error: " + withoutSource(matcher.group(3)));
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    static String withoutSource(String antlrMessage) {
        String message = antlrMessage.strip();
        Matcher unexpected = UNEXPECTED_INPUT.matcher(message);
        if (unexpected.matches()) {
            message = unexpected.group(1) + ", " + unexpected.group(2);
        } else if (MISSING.matcher(message).matches()) {
            Matcher missing = MISSING.matcher(message);
            missing.matches();
            message = missing.group(1);
        } else if (NO_VIABLE.matcher(message).matches()) {
            message = "no viable alternative at input";
        } else if (UNKNOWN_CHARACTERS.matcher(message).matches()) {
            message = "unrecognised characters";
        } else if (message.indexOf('\'') >= 0) {
            message = message.substring(0, message.indexOf('\'')).strip();
        }
        message = message.replaceAll("\\s+", " ");
        return message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) + "…" : message;
    }
}
