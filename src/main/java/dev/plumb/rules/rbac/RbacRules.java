package dev.plumb.rules.rbac;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The rbac theme of the catalogue; the registry gathers every theme's list. */
public final class RbacRules {

    private RbacRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new ClusterAdminBinding(), new RbacWildcard(), new RbacSecretRead(), new RbacPodExec(),
                new RbacPodCreate(), new RbacPrivilegeEscalationVerbs(), new DefaultServiceAccountBound(),
                new ServiceAccountTokenAutomount());
    }
}
