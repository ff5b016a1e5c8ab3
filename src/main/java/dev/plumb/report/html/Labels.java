package dev.plumb.report.html;

import dev.plumb.report.Tally;
import dev.plumb.rule.Category;
import dev.plumb.rule.Severity;
import java.util.Locale;

/** Short display names: a card or a table cell has room for "Tech debt", not a section heading. */
final class Labels {

    private Labels() {
    }

    static String of(Severity severity) {
        return capitalised(severity.id());
    }

    static String of(Category category) {
        return capitalised(category.id().replace('-', ' '));
    }

    static String count(int n, String noun) {
        return Tally.count(n, noun);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
