package dev.plumb.rules.secrets;

import dev.plumb.model.Node;

/** Where a line of a multi-line value was written, so a finding can point inside a ConfigMap's file. */
final class ValueLines {

    private ValueLines() {
    }

    /**
     * The file line of line {@code index} (0-based) of {@code value}'s text. A literal block ({@code |})
     * starts on the line after its indicator and keeps every line; for other styles, where lines fold,
     * the value's own line is the honest answer.
     */
    static int lineOf(Node value, int index) {
        String text = value.text();
        if (text == null || text.indexOf('\n') < 0) {
            return value.line();
        }
        long lines = text.lines().count();
        return value.endLine() - value.line() >= lines ? value.line() + 1 + index : value.line();
    }
}
