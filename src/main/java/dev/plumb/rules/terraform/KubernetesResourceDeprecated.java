package dev.plumb.rules.terraform;

import dev.plumb.model.Platform;
import dev.plumb.model.TerraformBlock;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.Map;

@RuleInfo(
        id = "kubernetes-resource-deprecated",
        title = "Terraform uses a beta Kubernetes resource type",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "The unsuffixed `kubernetes_cron_job`, `kubernetes_ingress`, `kubernetes_pod_disruption_budget` "
                + "and similar resource types of the Kubernetes provider talk to beta APIs that current clusters no "
                + "longer serve. Plans against a k3s upgraded past the removal fail, or the provider cannot read the "
                + "object it created, which blocks every apply of that workspace until the code is migrated.",
        fix = "Switch to the `_v1` (or `_v2`) resource type, adapt the few renamed fields (for an Ingress, "
                + "`backend { service { name, port { number } } }`), and move the state instead of recreating the "
                + "object:\n\n```hcl\nmoved {\n  from = kubernetes_cron_job.backup\n  to   = kubernetes_cron_job_v1.backup\n}\n```\n\n"
                + "If the provider refuses `moved` between types, use `terraform state rm` and an `import` block.",
        references = {
            "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
            "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/guides/v2-upgrade-guide"
        })
public final class KubernetesResourceDeprecated implements PlatformRule {

    private record Replacement(String api, String removedIn, String replacement) {}

    /** Provider types bound to a beta API, the Kubernetes release that removed it, and what to use instead. */
    private static final Map<String, Replacement> BETA_TYPES = Map.of(
            "kubernetes_cron_job", new Replacement("batch/v1beta1", "1.25", "kubernetes_cron_job_v1"),
            "kubernetes_ingress", new Replacement("networking.k8s.io/v1beta1", "1.22", "kubernetes_ingress_v1"),
            "kubernetes_pod_disruption_budget",
                    new Replacement("policy/v1beta1", "1.25", "kubernetes_pod_disruption_budget_v1"),
            "kubernetes_horizontal_pod_autoscaler_v2beta2",
                    new Replacement("autoscaling/v2beta2", "1.26", "kubernetes_horizontal_pod_autoscaler_v2"),
            "kubernetes_pod_security_policy", new Replacement("policy/v1beta1", "1.25",
                    "Pod Security Admission labels on the namespace (PodSecurityPolicy has no successor type)"),
            "kubernetes_pod_security_policy_v1beta1", new Replacement("policy/v1beta1", "1.25",
                    "Pod Security Admission labels on the namespace (PodSecurityPolicy has no successor type)"),
            "kubernetes_certificate_signing_request",
                    new Replacement("certificates.k8s.io/v1beta1", "1.22", "kubernetes_certificate_signing_request_v1"),
            "kubernetes_csi_driver", new Replacement("storage.k8s.io/v1beta1", "1.22", "kubernetes_csi_driver_v1"));

    @Override
    public void check(Platform platform, Findings findings) {
        for (TerraformBlock block : platform.terraformBlocks()) {
            // Data sources of these types read the same removed APIs.
            if (!block.type().equals("resource") && !block.type().equals("data")) {
                continue;
            }
            Replacement replacement = BETA_TYPES.get(block.label(0));
            if (replacement == null) {
                continue;
            }
            String name = block.address();
            findings.report(TerraformSubjects.of(block), block.position(), block.position().line(),
                    name + " uses " + replacement.api() + ", removed in Kubernetes " + replacement.removedIn()
                            + ": use " + replacement.replacement());
        }
    }
}
