package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import java.util.Optional;

@RuleInfo(
        id = "restore-test-missing",
        title = "Backups without a restore test",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "A backup is only known to work once it has been restored. Expired repository passwords, "
                + "dumps of an empty database, a bucket that silently stopped receiving files, or a restore "
                + "that takes two days are found on the day the data is needed. A scheduled restore or "
                + "integrity check finds them while the original still exists.",
        fix = """
                Schedule a check that reads the backups back: a restic or borg integrity check, or a \
                CronJob that restores the latest dump into a scratch database and runs a query against it:
                ```yaml
                apiVersion: k8up.io/v1
                kind: Schedule
                metadata:
                  name: nightly
                  namespace: shop
                spec:
                  check:
                    schedule: "0 6 * * 0"
                ```
                Restore into a throw-away namespace once a quarter and write down how long it took. If \
                restores are tested outside the repository, declare it: \
                `capabilities: {restore-test: "quarterly restore drill, see runbook"}`.""",
        references = {
            "https://velero.io/docs/main/restore-reference/",
            "https://restic.readthedocs.io/en/stable/045_working_with_repos.html",
            "https://k8up.io/"
        })
public final class RestoreTestMissing implements RepositoryRule {

    static final String CAPABILITY = "restore-test";
    static final String SEARCHED = "Velero or k8up Restore objects, k8up Check, VolSync ReplicationDestination, "
            + "Stash/KubeStash RestoreSession, MariaDB-operator Restore, CloudNativePG recovery bootstrap, Jobs or "
            + "CronJobs named restore or verify-backup, and commands such as restic restore/check, borg "
            + "check/extract, borgmatic check, pg_restore, mongorestore, kopia snapshot verify, rclone check, "
            + "pgbackrest verify or velero restore";

    static final Signals SIGNALS = new Signals()
            .kinds("velero.io", "Restore")
            .kinds("k8up.io", "Restore", "Check")
            .kinds("backup.appuio.ch", "Restore", "Check")
            .kinds("volsync.backube", "ReplicationDestination")
            .kinds("stash.appscode.com", "RestoreSession")
            .kinds("core.kubestash.com", "RestoreSession")
            .kinds("k8s.mariadb.com", "Restore")
            // A k8up Schedule with a check section verifies the repository it backs up to.
            .when("Schedule", "schedules repository checks", schedule -> schedule.group().endsWith("k8up.io")
                    && schedule.spec().get("check").isMap())
            .when("Cluster", "bootstraps from a backup", cluster -> cluster.group().equals("postgresql.cnpg.io")
                    && cluster.spec().path("bootstrap", "recovery").isMap())
            .commands("restic restore", "restic check", "borg check", "borg extract", "borgmatic check",
                    "borgmatic extract", "borgmatic restore", "pg_restore", "mongorestore", "kopia snapshot verify",
                    "kopia restore", "rclone check", "duplicity verify", "duplicity restore", "pgbackrest restore",
                    "pgbackrest verify", "velero restore")
            .batchNamed("restore", "verify-backup", "backup-verify", "backup-check", "check-backup")
            .imagesContaining("restore");

    private final RuleSettings settings;

    public RestoreTestMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null) {
            return;
        }
        Optional<Anchor> backup = Evidence.find(platform, BackupMissing.SIGNALS);
        String need;
        Anchor at;
        if (backup.isPresent()) {
            at = backup.get();
            need = "Backups are made (" + at.what() + ")";
        } else if (settings.declared(BackupMissing.CAPABILITY) != null) {
            // The operator says backups exist elsewhere; whether they restore is still unknown.
            Optional<Anchor> place = Needs.statefulObjects(platform).stream().findFirst().or(() -> Needs.repository(platform));
            if (place.isEmpty()) {
                return;
            }
            at = place.get();
            need = "Backups are declared in .plumb.yaml (\"" + settings.declared(BackupMissing.CAPABILITY) + "\")";
        } else {
            return; // No backups: backup-missing speaks for that.
        }
        if (Evidence.present(platform, SIGNALS)) {
            return;
        }
        Gaps.report(platform, findings, settings, CAPABILITY, at, need, "nothing restores or verifies them", SEARCHED);
    }
}
