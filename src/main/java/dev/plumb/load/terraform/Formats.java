package dev.plumb.load.terraform;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.math.BigDecimal;
import java.util.List;

/** Terraform's {@code format} for the verbs configuration uses: %s, %d, %v, %q and %%. Others are Unknown. */
final class Formats {

    private Formats() {
    }

    static Node format(List<Node> args, Position at) {
        if (args.isEmpty()) {
            return null;
        }
        String pattern = Values.asString(args.get(0));
        if (pattern == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 1 >= pattern.length()) {
                return null;
            }
            char verb = pattern.charAt(++i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (next >= args.size()) {
                return null;
            }
            String text = Values.asString(args.get(next++));
            if (text == null) {
                return null;
            }
            switch (verb) {
                case 's', 'v' -> out.append(text);
                case 'q' -> out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                case 'd' -> {
                    BigDecimal number = Values.asNumber(args.get(next - 1));
                    if (number == null || number.stripTrailingZeros().scale() > 0) {
                        return null;
                    }
                    out.append(number.toBigInteger());
                }
                default -> {
                    return null;
                }
            }
        }
        return Values.string(out.toString(), at, true);
    }
}
