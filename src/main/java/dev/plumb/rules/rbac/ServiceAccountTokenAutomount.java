package dev.plumb.rules.rbac;

import dev.plumb.model.Platform;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "service-account-token-automount",
        title = "Pod mounts an API token without permissions",
        category = Category.SECURITY,
        severity = Severity.INFO,
        effort = Effort.S,
        // No compliance control: an unused token is hardening (info), not a grant too wide, so RBAC stays ✔.
        rationale = "Kubernetes mounts a ServiceAccount token into every pod unless told otherwise. A pod running "
                + "as its namespace's `default` ServiceAccount, which no binding grants anything, has no use for "
                + "it; yet it is still a credential an intruder can present to the API server, and it gains "
                + "whatever someone binds to `default` later.",
        fix = """
                Turn the token off for the namespace's default ServiceAccount, or in the pod template; a pod \
                that does call the API gets its own ServiceAccount:
                ```yaml
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: default
                  namespace: apps
                automountServiceAccountToken: false
                ```""",
        references = {
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#hardening"
        },
        equivalents = {"polaris:automountServiceAccountToken", "checkov:CKV_K8S_38"})
public final class ServiceAccountTokenAutomount implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        // Only the default ServiceAccount: a ServiceAccount of its own without bindings in the repository
        // often authenticates elsewhere with its token (Vault, a service mesh, a binding in another repo).
        // A default ServiceAccount that is bound is default-service-account-bound's finding.
        ServiceAccountGrants grants = null;
        for (Workload workload : platform.workloads()) {
            // An explicit true on the pod or the ServiceAccount is a decision, not an oversight.
            // In a namespace plumb cannot evaluate, the bindings that may reach it cannot be told either.
            if (!ServiceAccountGrants.runsAsDefault(workload) || !workload.resource().namespaceKnown()
                    || ServiceAccountGrants.automount(platform, workload).isPresent()) {
                continue;
            }
            grants = grants == null ? ServiceAccountGrants.of(platform) : grants;
            if (!grants.of(workload.namespace(), ServiceAccountGrants.DEFAULT).isEmpty()) {
                continue;
            }
            findings.report(workload, workload.resource().metadata().get("name"), workload.resource().id()
                    + " mounts the token of ServiceAccount " + workload.namespace()
                    + "/default, which no binding in the repository grants anything");
        }
    }
}
