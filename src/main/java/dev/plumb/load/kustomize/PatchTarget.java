package dev.plumb.load.kustomize;

import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A patch's {@code target}: every field an anchored regular expression, as kustomize reads them; the
 * name tried on the object's first and current name (kustomize matches either);
 * label and annotation selectors in Kubernetes' text form ({@code a=b,c!=d,e,f in (g,h)}).
 */
final class PatchTarget {

    private static final Pattern REQUIREMENT = Pattern.compile(
            "\\s*(!?)([^=!,\\s()]+)\\s*(?:(==|=|!=)\\s*([^,\\s()]*)|\\s+(in|notin)\\s*\\(([^)]*)\\))?\\s*");

    private final Node target;

    PatchTarget(Node target) {
        this.target = target;
    }

    boolean matches(BuiltObject object) {
        return regex("group", object.group()) && regex("version", object.version()) && regex("kind", object.kind())
                && (regex("name", object.originalName) || regex("name", object.name()))
                && regex("namespace", object.namespace())
                && selects(target.get("labelSelector"), object.body.path("metadata", "labels").stringMap())
                && selects(target.get("annotationSelector"), object.body.path("metadata", "annotations").stringMap());
    }

    private boolean regex(String field, String actual) {
        String wanted = target.get(field).text();
        if (wanted == null || wanted.isEmpty()) {
            return true;
        }
        try {
            return Pattern.compile("^(?:" + wanted + ")$").matcher(actual).matches();
        } catch (PatternSyntaxException notARegex) {
            throw new BuildFailure(target.get(field).position(), "patch target " + field + " is not a regular expression");
        }
    }

    private static boolean selects(Node selector, Map<String, String> values) {
        String text = selector.text();
        if (text == null || text.isBlank()) {
            return true;
        }
        for (String requirement : split(text)) {
            Matcher m = REQUIREMENT.matcher(requirement);
            if (!m.matches()) {
                throw new BuildFailure(selector.position(), "selector not understood: " + requirement.strip());
            }
            String key = m.group(2);
            String actual = values.get(key);
            boolean holds;
            if (m.group(3) != null) {
                holds = m.group(3).equals("!=") ? !m.group(4).equals(actual) : m.group(4).equals(actual);
            } else if (m.group(5) != null) {
                Set<String> options = Set.of(m.group(6).trim().split("\\s*,\\s*"));
                holds = m.group(5).equals("in") ? actual != null && options.contains(actual)
                        : actual == null || !options.contains(actual);
            } else {
                holds = m.group(1).isEmpty() == (actual != null);
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** Requirements separated by commas outside parentheses. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
