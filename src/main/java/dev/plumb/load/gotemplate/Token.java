package dev.plumb.load.gotemplate;

/** One lexeme of a template: text outside actions, or a word inside one, with where it starts. */
record Token(Type type, String text, int line, int column) {

    enum Type {
        TEXT, LEFT, RIGHT, IDENTIFIER, KEYWORD, FIELD, CHAIN, VARIABLE, DOT, STRING, NUMBER, CHAR, BOOL, NIL,
        PIPE, LPAREN, RPAREN, DECLARE, ASSIGN, COMMA, EOF
    }

    boolean is(Type expected) {
        return type == expected;
    }

    boolean isKeyword(String word) {
        return type == Type.KEYWORD && text.equals(word);
    }
}
