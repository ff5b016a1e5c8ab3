package dev.plumb.rules.rbac;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.List;

@RuleInfo(
        id = "default-service-account-bound",
        title = "Workload runs as a bound default service account",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        controls = "rbac",
        rationale = "Every pod that names no ServiceAccount runs as its namespace's `default` one. Once a binding "
                + "grants `default` permissions, for the one workload that needed them, every other pod of the "
                + "namespace, and every pod added later, carries a token with the same permissions: a "
                + "compromised web frontend can then do what the backup job or the operator was allowed to.",
        fix = """
                Give the workload that needs the permissions its own ServiceAccount, bind the role to that, and \
                remove the binding to `default`:
                ```yaml
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: backup
                  namespace: apps
                ---
                # in the pod template
                spec:
                  serviceAccountName: backup
                ```
                Grants to the groups system:serviceaccounts or system:serviceaccounts:<ns> reach every pod: \
                name the ServiceAccounts instead.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions",
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege"
        })
public final class DefaultServiceAccountBound implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        ServiceAccountGrants grants = null;
        // Init containers share the pod's ServiceAccount and token: the finding is about the pod, once.
        for (Workload workload : platform.workloads()) {
            if (!ServiceAccountGrants.runsAsDefault(workload)
                    || !ServiceAccountGrants.automount(platform, workload).orElse(true)) {
                continue;
            }
            grants = grants == null ? ServiceAccountGrants.of(platform) : grants;
            List<ServiceAccountGrants.Grant> reaching = grants.of(workload.namespace(), ServiceAccountGrants.DEFAULT);
            if (reaching.isEmpty()) {
                continue;
            }
            Node named = workload.podSpec().node().get("serviceAccountName");
            Node at = named.isScalar() ? named : workload.resource().metadata().get("name");
            List<String> described = reaching.stream().map(ServiceAccountGrants.Grant::describe).distinct().toList();
            findings.report(workload, at, workload.resource().id() + " runs as ServiceAccount " + workload.namespace()
                    + "/default, which " + RoleBindings.names(described) + (described.size() == 1 ? " grants" : " grant")
                    + " permissions to every pod of the namespace that names no ServiceAccount");
        }
    }
}
