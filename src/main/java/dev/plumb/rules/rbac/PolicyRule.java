package dev.plumb.rules.rbac;

import dev.plumb.model.MissingNode;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of an RBAC Role's or ClusterRole's {@code rules}, matched the way the API server's RBAC
 * authorizer matches a request: {@code *} stands for every verb, resource or group, <code>*&#47;exec</code>
 * for the exec subresource of every resource, and nothing else is a pattern ({@code pods/*} grants
 * nothing at all).
 */
record PolicyRule(Resource role, Node node) {

    static final String RBAC_GROUP = "rbac.authorization.k8s.io";
    static final String ALL = "*";

    /**
     * The resource rules of an RBAC Role or ClusterRole. None for an aggregated ClusterRole (the
     * controller fills its rules from the roles it selects, each checked on its own), for look-alike
     * kinds of other API groups, and for entries about non-resource URLs (/healthz, /metrics).
     */
    static List<PolicyRule> of(Resource role) {
        if (!isRbac(role) || !(role.isKind("Role") || role.isKind("ClusterRole"))
                || !role.body().get("aggregationRule").isNull()) {
            return List.of();
        }
        List<PolicyRule> rules = new ArrayList<>();
        for (Node entry : role.body().get("rules").elements()) {
            if (entry.isMap() && !entry.get("resources").elements().isEmpty()) {
                rules.add(new PolicyRule(role, entry));
            }
        }
        return rules;
    }

    /** The resource rules of every ClusterRole, then every Role, of the repository. */
    static List<PolicyRule> ofRoles(Platform platform) {
        List<PolicyRule> rules = new ArrayList<>();
        for (String kind : List.of("ClusterRole", "Role")) {
            for (Resource role : platform.ofKind(kind)) {
                rules.addAll(of(role));
            }
        }
        return rules;
    }

    static boolean isRbac(Resource resource) {
        return resource.group().equals(RBAC_GROUP);
    }

    List<Node> apiGroups() {
        return node.get("apiGroups").elements();
    }

    List<Node> resources() {
        return node.get("resources").elements();
    }

    List<Node> verbs() {
        return node.get("verbs").elements();
    }

    /** Limited to named objects: such a rule never allows create, and is the narrow form for the rest. */
    boolean isNamed() {
        return !node.get("resourceNames").elements().isEmpty();
    }

    /** Every verb on every resource of every group: cluster-admin under another name. */
    boolean isFullControl() {
        return WildcardRules.fullControl(node);
    }

    /**
     * Every verb on every resource of its groups, or full control of everything. rbac-wildcard reports
     * such an entry once, listing what it includes; the rules about single permissions (Secrets, exec,
     * pod creation, escalation) leave it alone rather than stack four more findings on one line.
     */
    boolean isBlanket() {
        return isFullControl() || (has(resources(), ALL) && has(verbs(), ALL));
    }

    private static boolean has(List<Node> values, String value) {
        return values.stream().anyMatch(v -> value.equals(v.text()));
    }

    boolean coversGroup(String group) {
        return apiGroups().stream().anyMatch(g -> group.equals(g.text()) || ALL.equals(g.text()));
    }

    /**
     * The element of {@code resources} that grants {@code resource} of {@code group} ("secrets",
     * "pods/exec"): the name itself, {@code *}, or <code>*&#47;subresource</code>; missing when none does.
     */
    Node grant(String group, String resource) {
        if (!coversGroup(group)) {
            return MissingNode.INSTANCE;
        }
        int slash = resource.indexOf('/');
        String anyParent = slash < 0 ? null : ALL + resource.substring(slash);
        for (Node element : resources()) {
            String text = element.text();
            if (resource.equals(text) || ALL.equals(text) || (anyParent != null && anyParent.equals(text))) {
                return element;
            }
        }
        return MissingNode.INSTANCE;
    }

    /** Which of {@code wanted} the rule allows, in the order given. */
    List<String> allowed(List<String> wanted) {
        List<String> allowed = new ArrayList<>();
        for (String verb : wanted) {
            if (verbs().stream().anyMatch(v -> verb.equals(v.text()) || ALL.equals(v.text()))) {
                allowed.add(verb);
            }
        }
        return allowed;
    }

    /** The element of {@code verbs} that allows {@code verb}: itself, else {@code *}. */
    Node verb(String verb) {
        Node wildcard = MissingNode.INSTANCE;
        for (Node element : verbs()) {
            if (verb.equals(element.text())) {
                return element;
            }
            if (ALL.equals(element.text())) {
                wildcard = element;
            }
        }
        return wildcard;
    }
}
