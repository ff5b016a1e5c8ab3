package dev.plumb.rules.secrets;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "secret-reference-missing",
        title = "Pod references a missing Secret or key",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "A container whose env reads a Secret (or a key of it) that does not exist never starts: the "
                + "kubelet reports CreateContainerConfigError, and a missing `secret` volume leaves the pod in "
                + "ContainerCreating. It usually means a typo, a renamed Secret, or one that was created by hand "
                + "once and is gone after a rebuild. Checked only in namespaces whose Secrets the repository "
                + "manages (SOPS-encrypted Secrets, SealedSecrets, ExternalSecrets, secret-store items), and never "
                + "for names a Helm release or an operator may create.",
        fix = """
                Define the Secret in the repository (encrypted with SOPS, as a SealedSecret, or as an \
                ExternalSecret), fix the name or key in the reference, or mark the reference optional if the \
                pod really can run without it:
                ```yaml
                env:
                  - name: SMTP_PASSWORD
                    valueFrom:
                      secretKeyRef:
                        name: smtp
                        key: password
                        optional: true
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets",
            "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/"
        })
public final class SecretReferenceMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        MissingReferences.check(platform, ObjectCatalog.Kind.SECRET, findings);
    }
}
