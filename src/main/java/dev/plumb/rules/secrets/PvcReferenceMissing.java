package dev.plumb.rules.secrets;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "pvc-reference-missing",
        title = "Pod mounts a missing volume claim",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "A pod whose volume names a PersistentVolumeClaim that does not exist is never scheduled: it "
                + "stays Pending with \"persistentvolumeclaim not found\", and nothing retries until the claim "
                + "appears. It usually means a claim renamed or deleted on one side only. Checked only in "
                + "namespaces where the repository defines claims; claims of a StatefulSet's "
                + "volumeClaimTemplates count as defined.",
        fix = """
                Add the PersistentVolumeClaim to the repository next to the workload, or fix `claimName`:
                ```yaml
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: media
                  namespace: media
                spec:
                  accessModes: ["ReadWriteOnce"]
                  resources:
                    requests:
                      storage: 20Gi
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#claims-as-volumes"
        })
public final class PvcReferenceMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        MissingReferences.check(platform, ObjectCatalog.Kind.PVC, findings);
    }
}
