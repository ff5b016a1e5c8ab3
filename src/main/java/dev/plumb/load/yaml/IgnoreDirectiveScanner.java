package dev.plumb.load.yaml;

import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code # plumb:ignore <rule-id>[,<rule-id>] <reason>} comments in any '#'-commented text
 * (YAML, HCL, Ansible). A comment after content silences its own line; a comment on a line of
 * its own silences the next line that holds content.
 */
public final class IgnoreDirectiveScanner {

    private static final String MARKER = "plumb:ignore";
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*plumb:ignore(?:\\s+([A-Za-z0-9_,-]+))?\\s*(.*)$");

    private IgnoreDirectiveScanner() {
    }

    public static List<IgnoreDirective> scan(String file, String text) {
        if (!text.contains(MARKER)) {
            return List.of();
        }
        String[] lines = text.split("\n", -1);
        List<IgnoreDirective> directives = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = line.indexOf(MARKER);
            if (at < 0) {
                continue;
            }
            int hash = line.lastIndexOf('#', at);
            if (hash < 0) {
                continue;
            }
            Matcher matcher = DIRECTIVE.matcher(line.substring(hash));
            if (!matcher.find()) {
                continue;
            }
            List<String> ids = matcher.group(1) == null
                    ? List.of()
                    : Arrays.stream(matcher.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            String reason = matcher.group(2).trim();
            boolean ownLine = line.substring(0, hash).isBlank();
            int target = ownLine ? nextContentLine(lines, i) : i + 1;
            directives.add(new IgnoreDirective(new Position(file, i + 1, hash + 1), target, ids, reason));
        }
        return directives;
    }

    private static int nextContentLine(String[] lines, int from) {
        for (int j = from + 1; j < lines.length; j++) {
            String trimmed = lines[j].trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                return j + 1;
            }
        }
        return from + 1;
    }
}
