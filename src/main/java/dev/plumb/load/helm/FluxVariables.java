package dev.plumb.load.helm;

import dev.plumb.model.Node;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flux substitutes {@code ${VAR}} in what a Kustomization applies ({@code postBuild.substitute}), values
 * of HelmReleases included, before Helm sees them. For the render, each takes the value the repository
 * gives it (the Kustomization's {@code substitute} and {@code substituteFrom} ConfigMaps), else its default
 * ({@code ${VAR:=default}}), else a stand-in made from its name ({@code __VAR__}) — the values of Secrets
 * plumb never reads — so a chart that parses a URL or a host still renders.
 */
final class FluxVariables {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?=([^}]*))?}");

    private FluxVariables() {}

    /** True when {@code values} use a variable the repository gives no value to (nor a default). */
    static boolean unknown(Node values, Map<String, String> known) {
        if (values.isScalar()) {
            String text = values.text();
            if (text == null || text.indexOf("${") < 0) {
                return false;
            }
            Matcher variable = VARIABLE.matcher(text);
            while (variable.find()) {
                if (variable.group(2) == null && !known.containsKey(variable.group(1))) {
                    return true;
                }
            }
            return false;
        }
        return values.elements().stream().anyMatch(element -> unknown(element, known))
                || values.fields().values().stream().anyMatch(field -> unknown(field, known));
    }

    /** {@code text} with each variable replaced: by its value when the repository gives one, else a stand-in. */
    static String standIns(String text, Map<String, String> known) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String value = known.get(variable.group(1));
            if (value == null) {
                // __NAME__ reads as a placeholder to every rule (never as a literal password), and parses in a URL.
                value = variable.group(2) != null ? variable.group(2) : "__" + variable.group(1) + "__";
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        variable.appendTail(out);
        return out.toString();
    }
}
