package dev.plumb.rules.secrets;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;

@RuleInfo(
        id = "env-literal-credential",
        title = "Credential written into a container's env",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        rationale = "A password, token or key written as an env `value` sits in plain text in the repository and in "
                + "the workload object, where anyone who can `get` Deployments or Pods reads it (`kubectl describe`, "
                + "dashboards, backups of etcd). Rotating it means editing every manifest that copies it. Treat it "
                + "as leaked.",
        fix = """
                Rotate the credential, keep it in a Secret (encrypted in the repository with SOPS or Sealed \
                Secrets, or fetched by External Secrets) and read it with `secretKeyRef`:
                ```yaml
                env:
                  - name: DB_PASSWORD
                    valueFrom:
                      secretKeyRef:
                        name: shop-db
                        key: password
                ```""",
        references = {
            "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/#define-container-environment-variables-using-secret-data",
            "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
        },
        equivalents = {"polaris:sensitiveContainerEnvVar", "kube-linter:env-var-secret"})
public final class EnvLiteralCredential implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Every container, init and ephemeral included: the value is exposed in the object whatever runs it.
        for (Node variable : container.env()) {
            String name = variable.get("name").text();
            Node value = variable.get("value");
            if (name != null && !value.decoded().isMissing()) {
                // jsonencode({...}) or yamlencode(...) as the value: a literal inside the encoded object is written into
                // the code, each on the line of its key, though the encoded text as a whole is computed.
                for (EncodedSettings.Setting setting : EncodedSettings.of(value.decoded())) {
                    Node at = setting.value();
                    SensitiveContent.describe(setting.key(), at.text(), "characters", at.isDerived()).ifPresent(problem ->
                            findings.report(workload, container, at, Subjects.container(workload, container) + ": env "
                                    + name + " sets \"" + setting.key() + "\", which " + problem));
                }
                continue;
            }
            String text = value.text();
            // A password hash is what the application asks for so that its configuration holds no password.
            if (name == null || text == null || PasswordHashes.isHash(text)) {
                continue;
            }
            SensitiveContent.describe(name, text, "characters", value.isDerived()).ifPresent(problem -> findings.report(workload, container,
                    value, Subjects.container(workload, container) + ": env " + name + " " + problem));
        }
    }
}
