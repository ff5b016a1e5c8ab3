package dev.plumb.load.gotemplate;

import java.util.List;
import java.util.Locale;

/** Go's fmt.Sprintf for the verbs templates use: %s %d %v %q %f %t %x %o %e %g and %%, with flags, width and precision. */
final class Printf {

    private Printf() {
    }

    static String format(String pattern, List<Object> arguments) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= pattern.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            StringBuilder flags = new StringBuilder();
            while (i < pattern.length() && "+-# 0".indexOf(pattern.charAt(i)) >= 0) {
                flags.append(pattern.charAt(i++));
            }
            int width = -1;
            int start = i;
            while (i < pattern.length() && Character.isDigit(pattern.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(pattern.substring(start, i));
            }
            int precision = -1;
            if (i < pattern.length() && pattern.charAt(i) == '.') {
                start = ++i;
                while (i < pattern.length() && Character.isDigit(pattern.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(pattern.substring(start, i)) : 0;
            }
            if (i >= pattern.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            char verb = pattern.charAt(i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (next >= arguments.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            Object argument = arguments.get(next++);
            out.append(pad(verb(verb, flags.toString(), precision, argument), width, flags.toString(), argument));
        }
        if (next < arguments.size()) {
            out.append("%!(EXTRA ");
            for (int i = next; i < arguments.size(); i++) {
                if (i > next) {
                    out.append(", ");
                }
                Object extra = arguments.get(i);
                out.append(GoValues.typeName(extra)).append('=').append(GoValues.format(extra));
            }
            out.append(')');
        }
        return out.toString();
    }

    private static String verb(char verb, String flags, int precision, Object argument) {
        switch (verb) {
            case 'v' -> {
                return GoValues.format(argument);
            }
            case 's' -> {
                if (argument instanceof String || argument instanceof java.util.Map || argument instanceof java.util.Collection
                        || argument instanceof Unresolved) {
                    String text = GoValues.format(argument);
                    return precision >= 0 && precision < text.length() ? text.substring(0, precision) : text;
                }
                return bad(verb, argument);
            }
            case 'q' -> {
                if (argument instanceof String s) {
                    return quote(s);
                }
                if (argument instanceof Long l) {
                    return "'" + new String(Character.toChars(l.intValue())) + "'";
                }
                return bad(verb, argument);
            }
            case 'd' -> {
                if (argument instanceof Long l) {
                    return (flags.contains("+") && l >= 0 ? "+" : "") + l;
                }
                return bad(verb, argument);
            }
            case 't' -> {
                return argument instanceof Boolean b ? b.toString() : bad(verb, argument);
            }
            case 'x', 'X' -> {
                String hex;
                if (argument instanceof Long l) {
                    hex = Long.toHexString(l);
                } else if (argument instanceof String s) {
                    StringBuilder bytes = new StringBuilder();
                    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        bytes.append(String.format("%02x", b & 0xff));
                    }
                    hex = bytes.toString();
                } else {
                    return bad(verb, argument);
                }
                return verb == 'X' ? hex.toUpperCase(Locale.ROOT) : hex;
            }
            case 'o' -> {
                return argument instanceof Long l ? Long.toOctalString(l) : bad(verb, argument);
            }
            case 'f', 'F', 'e', 'g' -> {
                if (!(argument instanceof Number n)) {
                    return bad(verb, argument);
                }
                double d = n.doubleValue();
                if (verb == 'g') {
                    return GoValues.formatFloat(d);
                }
                String javaPattern = "%" + (flags.contains("+") ? "+" : "") + "." + (precision < 0 ? 6 : precision)
                        + (verb == 'e' ? "e" : "f");
                return String.format(Locale.ROOT, javaPattern, d);
            }
            default -> {
                return bad(verb, argument);
            }
        }
    }

    private static String bad(char verb, Object argument) {
        return "%!" + verb + "(" + GoValues.typeName(argument) + "=" + GoValues.format(argument) + ")";
    }

    private static String pad(String text, int width, String flags, Object argument) {
        if (width <= text.length()) {
            return text;
        }
        String padding = (flags.contains("0") && !flags.contains("-") && argument instanceof Number ? "0" : " ")
                .repeat(width - text.length());
        if (flags.contains("-")) {
            return text + padding;
        }
        if (padding.startsWith("0") && (text.startsWith("-") || text.startsWith("+"))) {
            return text.charAt(0) + padding + text.substring(1);
        }
        return padding + text;
    }

    /** strconv.Quote. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 11 -> out.append("\\v");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        out.append(String.format("\\x%02x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
