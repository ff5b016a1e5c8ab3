package dev.plumb.rules.storage;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.List;
import java.util.stream.Collectors;

@RuleInfo(
        id = "pvc-default-storage-class",
        title = "Volume claim relies on the default StorageClass",
        category = Category.RELIABILITY,
        severity = Severity.INFO,
        effort = Effort.S,
        rationale = "A claim without `storageClassName` gets whichever StorageClass the cluster marks as default "
                + "when it is created. On k3s that is `local-path`: a directory on one node, with no replication, "
                + "that pins the pod to that node. Installing Longhorn or changing the default later silently "
                + "changes where new volumes land, and a rebuilt cluster may provision the data somewhere else.",
        fix = """
                Name the class the data needs, so the manifest says where it lives:
                ```yaml
                spec:
                  storageClassName: longhorn   # or local-path, nfs-client…
                ```
                Write `storageClassName: ""` to bind to a pre-created PersistentVolume without any class.""",
        references = {
            "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1",
            "https://kubernetes.io/docs/tasks/administer-cluster/change-default-storage-class/",
            "https://docs.k3s.io/storage"
        })
public final class PvcDefaultStorageClass implements PlatformRule {

    /** The annotation that named the class before storageClassName existed; still honoured. */
    private static final String BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";

    @Override
    public void check(Platform platform, Findings findings) {
        String note = repositoryDefault(platform);
        for (Resource claim : platform.ofKind("PersistentVolumeClaim")) {
            if (reliesOnDefault(claim.metadata(), claim.spec())) {
                findings.report(claim, claim.metadata().get("name"), claim.id() + " names no storageClassName"
                        + ": it gets the cluster's default StorageClass" + note);
            }
        }
        for (Workload workload : platform.workloads()) {
            Resource resource = workload.resource();
            if (workload.kind().equals("StatefulSet")) {
                for (Node template : resource.spec().get("volumeClaimTemplates").elements()) {
                    reportTemplate(resource, "volumeClaimTemplate", template, note, findings);
                }
            }
            // Generic ephemeral volumes are claims too, created from the pod's template.
            for (Node volume : workload.podSpec().volumes()) {
                Node template = volume.path("ephemeral", "volumeClaimTemplate");
                if (template.isMap()) {
                    reportTemplate(resource, "ephemeral volume \"" + volume.get("name").textOr("?") + "\" claim template",
                            template, note, findings);
                }
            }
        }
    }

    private static void reportTemplate(Resource owner, String what, Node template, String note, Findings findings) {
        if (!reliesOnDefault(template.get("metadata"), template.get("spec"))) {
            return;
        }
        Node name = template.path("metadata", "name");
        String label = what.startsWith("volumeClaimTemplate") ? what + " \"" + name.textOr("?") + "\"" : what;
        findings.report(owner, name.isMissing() ? template : name, label + " of " + owner.id()
                + " names no storageClassName: its claims get the cluster's default StorageClass" + note);
    }

    /** Absent or null; an explicit "" asks for no class at all (static binding) and is a decision. */
    private static boolean reliesOnDefault(Node metadata, Node spec) {
        return spec.isMap() && spec.get("storageClassName").isNull()
                && metadata.path("annotations", BETA_CLASS_ANNOTATION).isMissing();
    }

    /**
     * Names the class the repository makes default, which tells the operator what "default" means here.
     * When the repository does not say, neither does the message: the cluster's default could be
     * k3s's local-path, a cloud disk or an NFS class set up by hand.
     */
    private static String repositoryDefault(Platform platform) {
        List<String> names = List.copyOf(DefaultStorageClasses.declared(platform));
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return " (the repository marks \"" + names.get(0) + "\" as default)";
        }
        return " (the repository marks " + names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "))
                + " as default)";
    }
}
