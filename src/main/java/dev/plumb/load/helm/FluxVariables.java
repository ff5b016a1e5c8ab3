package dev.plumb.load.helm;

import dev.plumb.model.Node;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flux substitutes {@code ${VAR}} in what a Kustomization applies ({@code postBuild.substitute}), values
 * of HelmReleases included, before Helm sees them; the variables often come from Secrets plumb never
 * reads. For the render, each becomes its default ({@code ${VAR:=default}}) or a stand-in made from its
 * name, so a chart that parses a URL or a host still renders.
 */
final class FluxVariables {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?=([^}]*))?}");

    private FluxVariables() {}

    static boolean present(Node values) {
        if (values.isScalar()) {
            String text = values.text();
            return text != null && VARIABLE.matcher(text).find();
        }
        return values.elements().stream().anyMatch(FluxVariables::present)
                || values.fields().values().stream().anyMatch(FluxVariables::present);
    }

    static String standIns(String text) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String fallback = variable.group(2) != null ? variable.group(2)
                    : variable.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
            variable.appendReplacement(out, Matcher.quoteReplacement(fallback));
        }
        variable.appendTail(out);
        return out.toString();
    }
}
