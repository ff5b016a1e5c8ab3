package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "backup-missing",
        title = "Stateful workloads without a backup mechanism",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "Databases and volumes hold the only copy of the platform's data. A failed disk, a deleted "
                + "namespace, a bad migration or ransomware on the NAS is then permanent: replicas and RAID copy "
                + "the damage along with the data. A homelab's photos, documents and home-automation history "
                + "are rarely reproducible.",
        fix = """
                Schedule backups to storage outside the cluster, and keep the schedule in the repository. With \
                k8up (restic underneath) every PVC of a namespace is backed up by one object:
                ```yaml
                apiVersion: k8up.io/v1
                kind: Schedule
                metadata:
                  name: nightly
                  namespace: shop
                spec:
                  backend:
                    repoPasswordSecretRef: {name: backup-repo, key: password}
                    s3: {endpoint: "https://s3.nas.lan", bucket: shop}
                  backup:
                    schedule: "0 3 * * *"
                  prune:
                    schedule: "0 5 * * 0"
                    retention: {keepDaily: 7, keepWeekly: 4}
                ```
                For databases add a logical dump (a CronJob running pg_dump) so a restore does not depend \
                on a crash-consistent file copy. If backups run outside the repository, declare them: \
                `capabilities: {backup: "restic on the NAS, nightly"}` in `.plumb.yaml`.""",
        references = {
            "https://velero.io/docs/main/",
            "https://k8up.io/",
            "https://kubernetes.io/docs/concepts/storage/persistent-volumes/"
        })
public final class BackupMissing implements RepositoryRule {

    static final String CAPABILITY = "backup";
    static final String SEARCHED = "Velero, k8up, VolSync, Stash/KubeStash, Kasten, CloudNativePG and MariaDB-operator "
            + "backups, Longhorn backup jobs or targets, backup images, and Jobs, CronJobs or scripts running pg_dump, "
            + "mysqldump, mongodump, restic, borg, rclone, kopia, duplicity, rsync or velero";
    private static final Set<String> LONGHORN_BACKUP_TASKS = Set.of("backup", "backup-force-create");

    static final Signals SIGNALS = new Signals()
            .kinds("velero.io", "Schedule", "Backup")
            .kinds("k8up.io", "Schedule", "Backup")
            .kinds("backup.appuio.ch", "Schedule", "Backup")
            .kinds("volsync.backube", "ReplicationSource")
            .kinds("stash.appscode.com", "BackupConfiguration", "BackupSession")
            .kinds("core.kubestash.com", "BackupConfiguration")
            .kinds("postgresql.cnpg.io", "ScheduledBackup", "Backup")
            .kinds("k8s.mariadb.com", "Backup")
            .kinds("config.kio.kasten.io", "Policy")
            .groups("barmancloud.cnpg.io")
            .when("RecurringJob", "runs Longhorn backups", job -> job.group().equals("longhorn.io")
                    && LONGHORN_BACKUP_TASKS.contains(job.spec().get("task").textOr("")))
            .when("Setting", "sets the Longhorn backup target", setting -> setting.group().equals("longhorn.io")
                    && setting.name().equals("backup-target") && !setting.body().get("value").textOr("").isBlank())
            .when("HelmRelease", "sets a Longhorn backup target", release -> hasText(release, "defaultSettings", "backupTarget")
                    || hasText(release, "defaultBackupStore", "backupTarget"))
            .when("Cluster", "configures backups", cluster -> cluster.group().equals("postgresql.cnpg.io")
                    && cluster.spec().get("backup").isMap())
            .when("PostgresCluster", "configures pgBackRest", cluster -> cluster.spec().get("backups").isMap())
            .when("postgresql", "enables logical backups", cluster -> cluster.group().equals("acid.zalan.do")
                    && cluster.spec().get("enableLogicalBackup").isTrue())
            .images("velero", "k8up", "restic", "rclone", "kopia", "borgmatic", "borg", "borgbackup", "duplicati",
                    "duplicity", "resticprofile", "autorestic", "backrest", "pgbackrest", "volsync")
            .imagesContaining("backup")
            .commands("pg_dump", "pg_dumpall", "pg_basebackup", "pgbackrest", "mysqldump", "mariadb-dump",
                    "mariadb-backup", "mariabackup", "xtrabackup", "mongodump", "restic", "resticprofile", "autorestic",
                    "borg", "borgmatic", "rclone", "kopia", "duplicity", "rdiff-backup", "rsync", "velero", "vzdump",
                    "proxmox-backup-client")
            .charts("velero", "k8up", "volsync", "stash", "kubestash", "k10")
            .namespaces("velero")
            .batchNamed("backup")
            .mentions("backupTarget: s3://", "backupTarget: nfs://", "backupTarget: cifs://", "backupTarget: azblob://");

    private final RuleSettings settings;

    public BackupMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        List<Anchor> stateful = Needs.statefulObjects(platform);
        if (stateful.isEmpty() || settings.declared(CAPABILITY) != null || Evidence.present(platform, SIGNALS)) {
            return;
        }
        String others = stateful.size() == 1 ? "" : " (and " + (stateful.size() - 1) + " more object"
                + (stateful.size() == 2 ? "" : "s") + " holding data)";
        Gaps.report(platform, findings, settings, CAPABILITY, stateful.get(0), stateful.get(0).what() + others,
                "no backup mechanism was found", SEARCHED);
    }

    private static boolean hasText(Resource release, String... path) {
        String[] keys = new String[path.length + 1];
        keys[0] = "values";
        System.arraycopy(path, 0, keys, 1, path.length);
        return !release.spec().path(keys).textOr("").isBlank();
    }
}
