package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Can't tell" instead of "missing": plumb never claims an absence in a place it did not read. */
class CantTellIT {

    private static final String ROUTED_APP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/acme/web:1.4.2
                      envFrom:
                        - configMapRef: {name: web-settings}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: shop-other, namespace: shop}
            data: {A: "1"}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec: {selector: {app: web}, ports: [{port: 80}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              namespace: shop
              annotations:
                traefik.ingress.kubernetes.io/router.middlewares: shop-auth@kubernetescrd
            spec:
              rules:
                - host: shop.example.org
                  http:
                    paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
            ---
            apiVersion: traefik.io/v1alpha1
            kind: Middleware
            metadata: {name: headers, namespace: shop}
            spec: {headers: {stsSeconds: 31536000}}
            """;

    @TempDir
    Path repo;

    @Test
    void missingReferencesAreReportedWhenEverythingWasRead() throws IOException {
        write("apps/shop/app.yaml", ROUTED_APP);

        List<String> rules = rules();

        assertThat(rules).contains("traefik-middleware-missing", "configmap-reference-missing", "log-aggregation-missing");
    }

    @Test
    void anUnrenderedChartThatMayDefineTheObjectSilencesTheClaim() throws IOException {
        // Deployed by nothing here and needing a value only its real releases give: Helm cannot render it.
        write("apps/shop/app.yaml", ROUTED_APP);
        write("charts/auth/Chart.yaml", "apiVersion: v2\nname: auth\nversion: 1.0.0\n");
        write("charts/auth/templates/middleware.yaml", """
                apiVersion: traefik.io/v1alpha1
                kind: Middleware
                metadata:
                  name: auth
                  namespace: {{ required "namespace is required" .Values.namespace }}
                spec:
                  forwardAuth: {address: "http://auth"}
                """);

        List<String> rules = rules();

        assertThat(rules).as("the chart's templates write kind: Middleware")
                .doesNotContain("traefik-middleware-missing")
                .as("a chart that makes no ConfigMap cannot hide one").contains("configmap-reference-missing")
                .as("what the chart installs is unseen").doesNotContain("log-aggregation-missing");
    }

    @Test
    void aGeneratorHidesTheNamesItMakes() throws IOException {
        write("apps/shop/app.yaml", ROUTED_APP);
        write("apps/other/kustomization.yaml", "configMapGenerator:\n  - name: web-settings\n    literals: [A=1]\n");

        assertThat(rules()).doesNotContain("configmap-reference-missing");
    }

    @Test
    void chartsAKustomizationInflatesHideObjectsOnlyInItsNamespace() throws IOException {
        write("apps/shop/app.yaml", ROUTED_APP);
        write("apps/other/kustomization.yaml", "namespace: other\nhelmCharts:\n  - name: settings\n    repo: https://charts.example.org\n");

        assertThat(rules()).as("what the chart makes lands in namespace other").contains("configmap-reference-missing");

        write("apps/other/kustomization.yaml", "helmCharts:\n  - name: settings\n    repo: https://charts.example.org\n");

        assertThat(rules()).as("without a namespace, it could land in shop").doesNotContain("configmap-reference-missing");
    }

    @Test
    void ciIsJudgedWhateverElseIsUnreadForPipelinesAreAlwaysRead() throws IOException {
        write("apps/shop/app.yaml", ROUTED_APP);
        write("ansible/site.yml", "- name: nas\n  hosts: nas\n  roles: [ssh]\n");

        List<String> rules = rules();

        assertThat(rules).contains("ci-validation-missing").doesNotContain("log-aggregation-missing");
        assertThat(scan().get("coverage").get("text").asText())
                .endsWith("Not judged while part of the repository is unread: backups, restore tests, metrics, logs, "
                        + "uptime checks, TLS automation, secret management and admission policy.");
    }

    @Test
    void ansibleThatPlumbDoesNotReadMayHoldTheCapability() throws IOException {
        write("apps/shop/app.yaml", ROUTED_APP);
        write("ansible/roles/loki/tasks/main.yml", "- name: run loki\n  community.docker.docker_container: {name: loki, image: grafana/loki:3.2.0}\n");

        assertThat(rules()).doesNotContain("log-aggregation-missing");
    }

    @Test
    void aWordInGitignoreOrAReadmeIsNoEvidence() throws IOException {
        write("apps/shop/app.yaml", ROUTED_APP);
        write("apps/shop/data.yaml", """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data, namespace: shop}
                spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                """);
        write(".gitignore", "/rclone.conf\nrestic-password\n");
        write("README.md", "We should back up with restic and rclone.\n");
        write(".beads/issues.jsonl", "{\"title\": \"set up velero backups\", \"status\": \"open\"}\n");

        JsonNode report = scan();
        List<String> backup = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("backup-missing")) {
                backup.add(finding.get("file").asText());
            }
        });
        assertThat(backup).containsExactly("apps/shop/data.yaml");
    }

    @Test
    void aRepositoryWideFindingPointsAtTheFileAnOperatorEdits() throws IOException {
        write(".gitignore", "*.tmp\n");
        write("kubernetes/apps/shop/app.yaml", ROUTED_APP);
        write("kubernetes/kustomization.yaml", "resources: [apps/shop/app.yaml]\n");
        write("kubernetes/apps/test/job.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: bench, namespace: shop}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: bench, image: "ghcr.io/acme/bench:1.0.0"}]
                """);

        JsonNode report = scan();
        List<String> ci = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("ci-validation-missing")) {
                ci.add(finding.get("file").asText() + ":" + finding.get("line").asInt());
            }
        });
        assertThat(ci).containsExactly("kubernetes/kustomization.yaml:1");
    }

    private List<String> rules() throws IOException {
        List<String> rules = new ArrayList<>();
        scan().get("findings").forEach(finding -> rules.add(finding.get("rule").asText()));
        return rules;
    }

    private JsonNode scan() throws IOException {
        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        assertThat(result.err()).isEmpty();
        return new ObjectMapper().readTree(result.out());
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
