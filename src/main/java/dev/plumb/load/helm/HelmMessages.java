package dev.plumb.load.helm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helm's error messages, made fit for a finding: without the advice about a flag plumb does not offer,
 * and with the template file and line Helm names, so the finding sits where the operator edits.
 */
final class HelmMessages {

    /** {@code template: chart/templates/a.yaml:7:15: executing …}, {@code error at (chart/templates/a.yaml:10:8)}. */
    private static final Pattern AT = Pattern.compile("(?:template: |\\()([\\w.@+-]+(?:/[\\w.@+-]+)+\\.(?:yaml|yml|tpl|txt|json)):(\\d+)(?::(\\d+))?");
    /** {@code YAML parse error on chart/templates/a.yaml: …}: the line Helm gives is the rendered output's, not the template's. */
    private static final Pattern YAML_ON = Pattern.compile("YAML parse error on ([\\w.@+-]+(?:/[\\w.@+-]+)+)");

    private HelmMessages() {}

    /** Where Helm says the problem is: a chart-relative template path ({@code chart/templates/a.yaml}) and line. */
    record Place(String templatePath, int line, int column) {}

    static String clean(String message) {
        if (message == null) {
            return "Helm failed without a message";
        }
        String text = message.replace("\n\nUse --debug flag to render out invalid YAML", "").strip();
        // One line: a multi-line message breaks console tables, and later lines repeat the first.
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    static Place place(String message) {
        Matcher at = AT.matcher(message);
        if (at.find()) {
            return new Place(at.group(1), Integer.parseInt(at.group(2)), at.group(3) == null ? 1 : Integer.parseInt(at.group(3)));
        }
        Matcher yaml = YAML_ON.matcher(message);
        if (yaml.find()) {
            return new Place(yaml.group(1), 1, 1);
        }
        return null;
    }

    /**
     * True when the chart is broken whatever values it is given: a template that does not parse, a function
     * or a named template that does not exist, output that is not YAML (with the chart's own values: a
     * release's could only change it where they are used), a render that never ends.
     */
    static boolean chartFault(String message) {
        return message.contains("parse error at") || message.contains("no template \"") || message.contains("not defined")
                || message.startsWith("YAML parse error") || message.contains("did not finish rendering");
    }

    /** True when the chart asked a cluster for objects ({@code lookup}) and Helm tried to reach one. */
    static boolean needsCluster(String message) {
        return message.contains("error calling lookup") || message.contains("Kubernetes cluster unreachable");
    }
}
