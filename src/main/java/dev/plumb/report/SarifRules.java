package dev.plumb.report;

import dev.plumb.result.Finding;
import dev.plumb.rule.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's rules[] and each rule's position in it, which results point at with ruleIndex. Any rule
 * that produced a finding but is missing from the scan's rule list is appended, so no result ever
 * points at nothing.
 */
final class SarifRules {

    private final Map<String, Integer> indexById = new LinkedHashMap<>();
    private final List<RuleMeta> rules = new ArrayList<>();

    SarifRules(List<RuleMeta> declared, List<Finding> findings) {
        declared.forEach(this::add);
        findings.forEach(finding -> add(finding.rule()));
    }

    List<RuleMeta> all() {
        return rules;
    }

    int indexOf(RuleMeta rule) {
        return indexById.get(rule.id());
    }

    /** "privileged-container" becomes "PrivilegedContainer", the naming SARIF viewers expect for rule names. */
    static String pascalCase(String id) {
        StringBuilder out = new StringBuilder(id.length());
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '-' || c == '_' || c == '.') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.isEmpty() ? id : out.toString();
    }

    private void add(RuleMeta rule) {
        if (!indexById.containsKey(rule.id())) {
            indexById.put(rule.id(), rules.size());
            rules.add(rule);
        }
    }
}
