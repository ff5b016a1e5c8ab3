package dev.plumb.rules.rbac;

import dev.plumb.model.HiddenObjects;
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
                + "as a ServiceAccount which no binding grants anything (its namespace's `default`, or one of its "
                + "own the repository defines) has no use for it; yet it is still a credential an intruder can "
                + "present to the API server, and it gains whatever someone binds to that account later.",
        fix = """
                Turn the token off on the ServiceAccount, or in the pod template; a pod that does call the API \
                gets its own ServiceAccount and a binding, and one whose token authenticates elsewhere (Vault, \
                a service mesh) says `automountServiceAccountToken: true`:
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
        // A ServiceAccount of the pods' own is judged only when the repository defines it: one created
        // elsewhere (a chart, another repository) may come with its bindings there. A default ServiceAccount
        // that is bound is default-service-account-bound's finding.
        ServiceAccountGrants grants = null;
        HiddenObjects hidden = null;
        for (Workload workload : platform.workloads()) {
            // An explicit true on the pod or the ServiceAccount is a decision, not an oversight (a token that
            // authenticates to Vault or a mesh). In a namespace plumb cannot evaluate, the bindings that may
            // reach it cannot be told either.
            if (!workload.resource().namespaceKnown() || ServiceAccountGrants.automount(platform, workload).isPresent()) {
                continue;
            }
            boolean isDefault = ServiceAccountGrants.runsAsDefault(workload);
            String account = isDefault ? ServiceAccountGrants.DEFAULT : workload.podSpec().serviceAccountName();
            if (!isDefault && !definedNear(platform, workload, account)) {
                continue;
            }
            grants = grants == null ? ServiceAccountGrants.of(platform) : grants;
            if (!grants.of(workload.namespace(), account).isEmpty()) {
                continue;
            }
            // A binding plumb cannot see may grant an account of the pods' own; the default account keeps
            // its former judgement, which bindings hidden in releases did not silence either.
            hidden = hidden == null ? HiddenObjects.of(platform) : hidden;
            if (!isDefault && (hidden.mayHide("RoleBinding", workload.namespace())
                    || hidden.unseen("ClusterRoleBinding", workload.namespace()))) {
                continue;
            }
            findings.report(workload, workload.resource().metadata().get("name"), workload.resource().id()
                    + " mounts the token of ServiceAccount " + workload.namespace() + "/" + account
                    + ", which no binding in the repository grants anything");
        }
    }

    private static boolean definedNear(Platform platform, Workload workload, String account) {
        return platform.findNear("ServiceAccount", workload.namespace(), account, workload.resource().origin().file())
                .isPresent();
    }
}
