package dev.plumb.load.gotemplate;

/** Go's constant syntax: interpreted and raw strings, character constants, integers and floats. */
final class Literals {

    private Literals() {
    }

    static String unquote(Token token) {
        String text = token.text();
        if (text.startsWith("`")) {
            return text.substring(1, text.length() - 1);
        }
        return unescape(text.substring(1, text.length() - 1), token);
    }

    static Object number(Token token) {
        String text = token.text().replace("_", "");
        try {
            if (token.is(Token.Type.CHAR)) {
                String inner = unescape(text.substring(1, text.length() - 1), token);
                return (long) inner.codePointAt(0);
            }
            String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
            long sign = text.startsWith("-") ? -1 : 1;
            String lower = unsigned.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("0x")) {
                return sign * Long.parseLong(lower.substring(2), 16);
            }
            if (lower.startsWith("0o")) {
                return sign * Long.parseLong(lower.substring(2), 8);
            }
            if (lower.startsWith("0b")) {
                return sign * Long.parseLong(lower.substring(2), 2);
            }
            if (lower.matches("0[0-7]+")) {
                return sign * Long.parseLong(lower.substring(1), 8);
            }
            if (lower.matches("[0-9]+")) {
                return sign * Long.parseLong(lower);
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException | StringIndexOutOfBoundsException bad) {
            throw new TemplateException(token.line(), token.column(), "bad number syntax: \"" + token.text() + "\"");
        }
    }

    private static String unescape(String body, Token token) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= body.length()) {
                throw new TemplateException(token.line(), token.column(), "invalid syntax in quoted string");
            }
            char escape = body.charAt(i);
            switch (escape) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case '\\', '"', '\'' -> out.append(escape);
                case 'x', 'u', 'U' -> {
                    int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
                    try {
                        out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 1 + digits), 16));
                    } catch (NumberFormatException | IndexOutOfBoundsException bad) {
                        throw new TemplateException(token.line(), token.column(), "invalid syntax in quoted string");
                    }
                    i += digits;
                }
                default -> {
                    if (escape >= '0' && escape <= '7' && i + 2 < body.length()) {
                        out.append((char) Integer.parseInt(body.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        throw new TemplateException(token.line(), token.column(), "invalid syntax in quoted string");
                    }
                }
            }
        }
        return out.toString();
    }
}
