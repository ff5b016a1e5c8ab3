package dev.plumb.rules.storage;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.MissingNode;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "database-data-ephemeral",
        title = "Database data directory is not persistent",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "A database whose data directory is an emptyDir volume loses every row when its pod is deleted: "
                + "a node drain, an eviction, a `kubectl rollout restart` or an image update. With no volume at "
                + "all the data sits in the container's writable layer and is gone at the next container restart, "
                + "including the one after an out-of-memory kill. It often goes unnoticed until the first restart.",
        fix = """
                Put the data directory on a PersistentVolumeClaim, for a StatefulSet through a claim template:
                ```yaml
                volumeClaimTemplates:
                  - metadata:
                      name: data
                    spec:
                      accessModes: [ReadWriteOnce]
                      resources:
                        requests:
                          storage: 10Gi
                ```
                and mount it at the image's data directory (`/var/lib/postgresql/data`, `/var/lib/mysql`, \
                `/data/db`…). If the database really is disposable (a cache, a test fixture), say so in \
                `.plumb.yaml` or with a `plumb.dev/ignore` annotation.""",
        references = {
            "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir",
            "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates",
            "https://kubernetes.io/docs/tasks/run-application/run-single-instance-stateful-application/"
        })
public final class DatabaseDataEphemeral implements ContainerRule {

    /** Kinds where a database without any volume is clearly meant to keep running and keep its data. */
    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet");

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Only regular containers run the server: init containers use database images as clients
        // (pg_isready, migrations), and Jobs and CronJobs are disposable by design (CI databases).
        if (container.role() != Container.Role.CONTAINER || workload.isBatch() || container.image() == null) {
            return;
        }
        ImageReference image = ImageReference.parse(container.image());
        Optional<Databases.Database> found = Databases.of(image);
        if (found.isEmpty()) {
            return;
        }
        Databases.Database database = found.get();
        ServerCommand command = new ServerCommand(container);
        if (!command.startsServer(database) || (database.persistenceOptIn() && !command.asksToPersist())) {
            return;
        }
        List<String> dataDirs = dataDirs(database, image, container, command);
        for (String dataDir : dataDirs) {
            Node mount = deepestMountHolding(container, dataDir);
            if (!mount.isMissing()) {
                reportIfEmptyDir(workload, container, database, dataDir, mount, findings);
                return;
            }
        }
        if (dataDirs.isEmpty() || !LONG_RUNNING.contains(workload.kind()) || mountsBelow(container, dataDirs.get(0))) {
            return;
        }
        findings.report(workload, container, container.imageNode(), Subjects.container(workload, container) + " runs "
                + database.product() + " with no volume at its data directory " + dataDirs.get(0)
                + ": the data is written into the container's filesystem and lost at the next container restart");
    }

    private static void reportIfEmptyDir(Workload workload, Container container, Databases.Database database,
                                         String dataDir, Node mount, Findings findings) {
        String name = mount.get("name").textOr("");
        Node volume = MountPaths.volume(workload.podSpec(), name);
        // A mount that names no pod volume is a StatefulSet claim template (persistent) or a typo
        // another rule reports: either way not an emptyDir. A claim template also replaces a pod
        // volume of the same name.
        if (volume.get("emptyDir").isMissing() || hasClaimTemplate(workload, name)) {
            return;
        }
        findings.report(workload, container, mount.get("mountPath"), Subjects.container(workload, container)
                + " keeps its " + database.product() + " data (" + dataDir + ") on emptyDir volume \"" + name
                + "\": it is deleted with the pod, so a reschedule, drain or eviction loses the database");
    }

    private static boolean hasClaimTemplate(Workload workload, String name) {
        if (!workload.kind().equals("StatefulSet")) {
            return false;
        }
        for (Node template : workload.resource().spec().get("volumeClaimTemplates").elements()) {
            if (name.equals(template.path("metadata", "name").text())) {
                return true;
            }
        }
        return false;
    }

    /** Where this container keeps its data: an explicit variable or flag wins over the image default. */
    private static List<String> dataDirs(Databases.Database database, ImageReference image, Container container,
                                         ServerCommand command) {
        if (database.dirEnv() != null) {
            for (Node entry : container.env()) {
                if (database.dirEnv().equals(entry.get("name").text())) {
                    // A value from a ConfigMap or Secret is not known here: can't tell, stay silent.
                    return asList(cleanDirectory(entry.get("value").text()));
                }
            }
        }
        if (database.dirFlag() != null) {
            String flagged = command.flag(database.dirFlag());
            if (flagged != null) {
                return asList(cleanDirectory(flagged));
            }
        }
        return database.dataDirs(image);
    }

    /**
     * An absolute directory, or null for what cannot be judged: relative paths, variables, MinIO's
     * {@code /data{1...4}} expansions and remote endpoints, CockroachDB's in-memory store.
     */
    static String cleanDirectory(String value) {
        if (value == null) {
            return null;
        }
        String path = value.strip().replace("\"", "").replace("'", "");
        if (path.contains("type=mem")) {
            return null;
        }
        if (path.startsWith("path=")) {
            path = path.substring("path=".length());
        }
        int comma = path.indexOf(',');
        if (comma >= 0) {
            path = path.substring(0, comma);
        }
        if (!path.startsWith("/") || path.contains("{") || path.contains("$") || path.contains(" ")) {
            return null;
        }
        return MountPaths.normalise(path);
    }

    private static List<String> asList(String directory) {
        return directory == null ? List.of() : List.of(directory);
    }

    /** The mount whose path holds {@code directory}, the most specific one when mounts nest. */
    private static Node deepestMountHolding(Container container, String directory) {
        Node best = MissingNode.INSTANCE;
        int bestLength = -1;
        for (Node mount : container.volumeMounts()) {
            String path = mount.get("mountPath").text();
            if (path != null && MountPaths.isWithin(directory, path) && MountPaths.normalise(path).length() > bestLength) {
                best = mount;
                bestLength = MountPaths.normalise(path).length();
            }
        }
        return best;
    }

    /** A mount inside the data directory suggests a layout plumb does not know: can't tell. */
    private static boolean mountsBelow(Container container, String directory) {
        for (Node mount : container.volumeMounts()) {
            String path = mount.get("mountPath").text();
            if (path != null && MountPaths.isWithin(path, directory)) {
                return true;
            }
        }
        return false;
    }
}
