package dev.plumb.report.html;

/**
 * Text placed into the page. Everything that came from the scanned repository — paths, names,
 * messages — goes through here, in element content and attribute values alike, so no file can
 * inject markup or script into the report.
 */
public final class Html {

    private Html() {
    }

    /** Escapes the five characters that matter in content and in quoted attributes. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A path, escaped, that may wrap after each '/' rather than in the middle of a name. */
    public static String breakable(String path) {
        return escape(path).replace("/", "/<wbr>");
    }
}
