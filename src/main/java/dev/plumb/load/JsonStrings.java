package dev.plumb.load;

/** A string as a JSON encoder writes it, for loaders that must reproduce another tool's JSON text. */
public final class JsonStrings {

    private JsonStrings() {}

    /**
     * @param htmlSafe also escape {@code < > &} and the line and paragraph separators, as Go's
     *                 encoding/json does (kustomize hashes that text)
     */
    public static void quote(String text, StringBuilder out, boolean htmlSafe) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean html = c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
                    if (c < 0x20 || (htmlSafe && html)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
