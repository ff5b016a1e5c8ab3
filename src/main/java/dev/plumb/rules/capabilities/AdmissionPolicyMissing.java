package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import java.util.Set;

@RuleInfo(
        id = "admission-policy-missing",
        title = "No admission policy or image verification",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.LOW,
        effort = Effort.M,
        rationale = "Linting the repository checks what was committed, not what reaches the cluster: a Helm "
                + "chart's rendered pods, a `kubectl apply` from a laptop or a compromised CI token can still "
                + "start privileged containers or unverified images. An admission policy enforces the baseline "
                + "at the API server, whatever the source.",
        fix = """
                Start with Pod Security Admission, built into Kubernetes: label each application namespace \
                with the level it must meet, and add Kyverno or ValidatingAdmissionPolicy for rules beyond it \
                (allowed registries, required limits, signed images):
                ```yaml
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: shop
                  labels:
                    pod-security.kubernetes.io/enforce: baseline
                    pod-security.kubernetes.io/warn: restricted
                ```
                If admission control is configured outside the repository (k3s `--kube-apiserver-arg` \
                with an admission config), declare it: `capabilities: {admission-policy: "PSA via k3s config"}`.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-admission/",
            "https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/",
            "https://kyverno.io/docs/"
        })
public final class AdmissionPolicyMissing implements RepositoryRule {

    static final String CAPABILITY = "admission-policy";
    static final String SEARCHED = "Pod Security Admission enforce labels (baseline or restricted) on Namespaces or an admission "
            + "configuration, ValidatingAdmissionPolicy, Kyverno, OPA Gatekeeper, Kubewarden, jsPolicy, the "
            + "sigstore policy-controller and Connaisseur";
    private static final String ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
    private static final Set<String> ENFORCED_LEVELS = Set.of("baseline", "restricted");

    static final Signals SIGNALS = new Signals()
            // "enforce: privileged" is the absence of a policy, and "warn" or "audit" block nothing.
            .when("Namespace", "enforces a Pod Security level",
                    namespace -> ENFORCED_LEVELS.contains(namespace.labels().getOrDefault(ENFORCE_LABEL, "")))
            .groups("kyverno.io", "templates.gatekeeper.sh", "constraints.gatekeeper.sh", "policy.sigstore.dev",
                    "policies.kubewarden.io", "policy.jspolicy.com", "pod-security.admission.config.k8s.io")
            .kinds("admissionregistration.k8s.io", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding")
            .kinds("apiserver.config.k8s.io", "AdmissionConfiguration")
            .images("kyverno", "gatekeeper", "policy-controller", "connaisseur", "kubewarden-controller")
            .charts("kyverno", "kyverno-policies", "gatekeeper", "policy-controller", "connaisseur",
                    "kubewarden-controller", "kubewarden-defaults", "jspolicy")
            .namespaces("kyverno", "gatekeeper-system", "cosign-system", "connaisseur", "kubewarden")
            .mentions(ENFORCE_LABEL + ": baseline", ENFORCE_LABEL + ": restricted", ENFORCE_LABEL + ": \"baseline\"",
                    ENFORCE_LABEL + ": \"restricted\"", "PodSecurityConfiguration", "admission-control-config-file");

    private final RuleSettings settings;

    public AdmissionPolicyMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null || Evidence.present(platform, SIGNALS)) {
            return;
        }
        // Only a platform that runs something needs a gate in front of it.
        Needs.firstRunning(platform).ifPresent(first -> Gaps.report(platform, findings, settings, CAPABILITY, first,
                first.what() + " and every other workload are admitted unchecked",
                "no admission policy was found", SEARCHED));
    }
}
