package dev.plumb.rules.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** backup-missing and restore-test-missing: the negative scenarios a one-repository fixture cannot hold. */
class BackupRulesTest {

    static final String POSTGRES = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: postgres
              namespace: shop
            spec:
              serviceName: postgres
              selector:
                matchLabels: {app: postgres}
              template:
                metadata:
                  labels: {app: postgres}
                spec:
                  containers:
                    - name: postgres
                      image: postgres:16.4
              volumeClaimTemplates:
                - metadata: {name: data}
                  spec:
                    accessModes: [ReadWriteOnce]
                    resources: {requests: {storage: 10Gi}}
            """;

    static String cronJob(String name, String image, String command) {
        return """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: %s
                  namespace: backup
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers:
                            - name: job
                              image: %s
                              command: ["sh", "-c", "%s"]
                """.formatted(name, image, command);
    }

    @Test
    void statefulWorkloadWithoutBackupIsReportedOnceAtItsName() {
        var reported = Repo.with("apps/postgres.yaml", POSTGRES).run(BackupMissing::new);
        assertThat(reported).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("apps/postgres.yaml");
            assertThat(finding.line()).isEqualTo(4);
            assertThat(finding.message()).contains("StatefulSet/shop/postgres", "capabilities: {backup: \"<where>\"}");
        });
    }

    @Test
    void veleroScheduleIsABackup() {
        var repo = Repo.with("apps/postgres.yaml", POSTGRES).and("velero/schedule.yaml", """
                apiVersion: velero.io/v1
                kind: Schedule
                metadata:
                  name: nightly
                  namespace: velero
                spec:
                  schedule: "0 2 * * *"
                  template:
                    includedNamespaces: ["*"]
                """);
        assertThat(repo.run(BackupMissing::new)).isEmpty();
    }

    @Test
    void cronJobRunningResticIsABackup() {
        var repo = Repo.with("apps/postgres.yaml", POSTGRES)
                .and("backup/restic.yaml", cronJob("volumes", "alpine:3.20", "restic -r s3:https://s3.nas.lan/k3s backup /data"));
        assertThat(repo.run(BackupMissing::new)).isEmpty();
    }

    @Test
    void declaredBackupSilencesTheRule() {
        var repo = Repo.with("apps/postgres.yaml", POSTGRES).declaring("backup", "Borg on the NAS, nightly");
        assertThat(repo.run(BackupMissing::new)).isEmpty();
    }

    @Test
    void noStatefulWorkloadNeedsNoBackup() {
        var repo = Repo.with("apps/web.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: shop
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          image: ghcr.io/acme/web:1.0.0
                        - name: cache
                          image: redis:7.4
                """);
        assertThat(repo.run(BackupMissing::new)).isEmpty();
    }

    @Test
    void backupsKeptOutsideManifestsCount() {
        // A helm template (not loaded as objects), a Compose file and an Ansible task: all text evidence.
        var template = Repo.with("apps/postgres.yaml", POSTGRES).and("charts/backup/templates/schedule.yaml", """
                apiVersion: k8up.io/v1
                kind: Schedule
                metadata:
                  name: {{ .Release.Name }}
                """);
        var compose = Repo.with("apps/postgres.yaml", POSTGRES).and("nas/docker-compose.yml", """
                services:
                  borgmatic:
                    image: ghcr.io/borgmatic-collective/borgmatic:1.8.14
                """);
        var ansible = Repo.with("apps/postgres.yaml", POSTGRES).and("ansible/backup.yml", """
                - name: Nightly dump
                  ansible.builtin.cron:
                    name: pg dump
                    job: "kubectl exec -n shop postgres-0 -- pg_dumpall -U postgres > /srv/dumps/all.sql"
                """);
        var fluxChart = Repo.with("apps/postgres.yaml", POSTGRES).and("infra/velero.yaml", """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: velero
                  namespace: velero
                spec:
                  chart:
                    spec:
                      chart: velero
                """);
        var script = Repo.with("apps/postgres.yaml", POSTGRES).and("backup/configmap.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: backup-script
                  namespace: backup
                data:
                  run.sh: |
                    #!/bin/sh
                    mysqldump --all-databases | gzip > /backup/all.sql.gz
                """);
        for (Repo repo : new Repo[] {template, compose, ansible, fluxChart, script}) {
            assertThat(repo.run(BackupMissing::new)).isEmpty();
        }
    }

    @Test
    void mentionsInCommentsAndNotesAreNotBackups() {
        var repo = Repo.with("apps/postgres.yaml", POSTGRES)
                .and("README.md", "We should run restic and pg_dump nightly.\n")
                .and("scripts/backup.sh", "#!/bin/sh\n# restic backup /data   (disabled)\necho todo\n")
                .and("storage/longhorn.yaml", """
                        apiVersion: longhorn.io/v1beta2
                        kind: RecurringJob
                        metadata:
                          name: hourly-snapshot
                          namespace: longhorn-system
                        spec:
                          task: snapshot
                          cron: "0 * * * *"
                        """);
        assertThat(repo.run(BackupMissing::new)).hasSize(1);
    }

    @Test
    void operatorRunDatabaseNeedsItsOwnBackupConfiguration() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: shop-db
                  namespace: shop
                spec:
                  instances: 2
                """;
        assertThat(Repo.with("db.yaml", cluster).run(BackupMissing::new)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).startsWith("Cluster/shop/shop-db is a database cluster"));
        String withBackup = cluster + """
                  backup:
                    barmanObjectStore:
                      destinationPath: s3://backups/shop-db
                """;
        assertThat(Repo.with("db.yaml", withBackup).run(BackupMissing::new)).isEmpty();
    }

    @Test
    void restoreTestIsReportedAtTheBackupThatIsNeverRestored() {
        var repo = Repo.with("apps/postgres.yaml", POSTGRES)
                .and("backup/dump.yaml", cronJob("dump", "postgres:16.4", "pg_dump shop > /backup/shop.sql"));
        assertThat(repo.run(RestoreTestMissing::new)).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("backup/dump.yaml");
            assertThat(finding.message()).startsWith("Backups are made (the command of CronJob/backup/dump)");
        });
    }

    @Test
    void restoreChecksSilenceTheRestoreRule() {
        var resticCheck = Repo.with("apps/postgres.yaml", POSTGRES)
                .and("backup/backup.yaml", cronJob("backup", "restic/restic:0.17.1", "restic backup /data"))
                .and("backup/check.yaml", cronJob("verify", "restic/restic:0.17.1", "restic -r s3:https://s3.nas.lan/k3s check --read-data-subset=5%"));
        var veleroRestore = Repo.with("velero.yaml", """
                apiVersion: velero.io/v1
                kind: Schedule
                metadata: {name: nightly, namespace: velero}
                ---
                apiVersion: velero.io/v1
                kind: Restore
                metadata: {name: drill-2024-q3, namespace: velero}
                spec:
                  scheduleName: nightly
                """);
        var k8upCheck = Repo.with("k8up.yaml", """
                apiVersion: k8up.io/v1
                kind: Schedule
                metadata: {name: nightly, namespace: shop}
                spec:
                  backup: {schedule: "0 3 * * *"}
                  check: {schedule: "0 6 * * 0"}
                """);
        for (Repo repo : new Repo[] {resticCheck, veleroRestore, k8upCheck}) {
            assertThat(repo.run(RestoreTestMissing::new)).isEmpty();
        }
    }

    @Test
    void withoutBackupsTheRestoreRuleStaysSilent() {
        assertThat(Repo.with("apps/postgres.yaml", POSTGRES).run(RestoreTestMissing::new)).isEmpty();
    }

    @Test
    void declaredBackupsStillNeedARestoreTest() {
        var repo = Repo.with("apps/postgres.yaml", POSTGRES).declaring("backup", "Borg on the NAS");
        assertThat(repo.run(RestoreTestMissing::new)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("Borg on the NAS", "restore-test"));
        assertThat(repo.declaring("restore-test", "quarterly drill").run(RestoreTestMissing::new)).isEmpty();
    }
}
