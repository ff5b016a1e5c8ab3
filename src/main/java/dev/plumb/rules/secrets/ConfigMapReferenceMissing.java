package dev.plumb.rules.secrets;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "configmap-reference-missing",
        title = "Pod references a missing ConfigMap or key",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "A container whose env reads a ConfigMap (or a key of it) that does not exist never starts: the "
                + "kubelet reports CreateContainerConfigError, and a missing `configMap` volume leaves the pod in "
                + "ContainerCreating. It usually means a typo or a ConfigMap renamed on one side only. Checked only "
                + "in namespaces where the repository defines ConfigMaps, and never for names a kustomize generator, "
                + "a Helm release or an operator may create.",
        fix = """
                Add the ConfigMap (or the key) to the repository, fix the name in the reference, or mark the \
                reference optional if the pod really can run without it:
                ```yaml
                volumes:
                  - name: extra-config
                    configMap:
                      name: app-extra
                      optional: true
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/configmap/#using-configmaps",
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/"
        })
public final class ConfigMapReferenceMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        MissingReferences.check(platform, ObjectCatalog.Kind.CONFIG_MAP, findings);
    }
}
