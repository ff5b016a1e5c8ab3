package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes a pipeline gates on: 0 clean, 1 findings at or above --fail-on, 2 usage or config error. */
class ExitCodeIT {

    /** A workload that satisfies every rule: hardened, probed, sized, isolated, with namespace defaults. */
    private static final String CLEAN_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: shop}
            spec:
              replicas: 1
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  automountServiceAccountToken: false
                  securityContext:
                    runAsNonRoot: true
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: api
                      image: ghcr.io/acme/api:1.4.2
                      ports: [{containerPort: 8080}]
                      readinessProbe: {httpGet: {path: /ready, port: 8080}}
                      livenessProbe: {httpGet: {path: /live, port: 8080}, failureThreshold: 6}
                      resources:
                        requests: {cpu: 50m, memory: 64Mi}
                        limits: {memory: 128Mi}
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny, namespace: shop}
            spec: {podSelector: {}, policyTypes: [Ingress]}
            ---
            apiVersion: v1
            kind: LimitRange
            metadata: {name: defaults, namespace: shop}
            spec:
              limits:
                - type: Container
                  defaultRequest: {cpu: 50m, memory: 64Mi}
            """;

    /** What the platform has outside the repository: the repository-wide capability rules accept it. */
    private static final String CAPABILITIES_ELSEWHERE = """
            capabilities:
              metrics: Prometheus on the monitoring VM
              logging: journald shipped to Loki on the monitoring VM
              admission-policy: Pod Security Admission configured on the API server
              ci-validation: the platform repository's pipeline
            """;

    @Test
    void cleanRepoExitsZero(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("api.yaml"), CLEAN_DEPLOYMENT);
        Files.writeString(repo.resolve(".plumb.yaml"), CAPABILITIES_ELSEWHERE);
        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--fail-on", "info");
        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(result.out()).contains("No findings");
    }

    @Test
    void filesNamedOneByOneAreNotJudgedForRepositoryWideCapabilities(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("api.yaml"), CLEAN_DEPLOYMENT);
        PlumbProcess.Result wholeTree = PlumbProcess.run("scan", repo.toString(), "--fail-on", "info");
        assertThat(wholeTree.exitCode()).isEqualTo(1);
        assertThat(wholeTree.out()).contains("metrics-missing").contains("ci-validation-missing");

        // A pre-commit hook passes the changed files: it cannot tell whether the repository has CI or metrics.
        PlumbProcess.Result namedFile = PlumbProcess.run("scan", repo.resolve("api.yaml").toString(), "--fail-on", "info");
        assertThat(namedFile.exitCode()).as(namedFile.both()).isZero();
        assertThat(namedFile.out()).contains("No findings");
    }

    @Test
    void findingsAtOrAboveTheThresholdExitOne(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("api.yaml"), CLEAN_DEPLOYMENT.replace("api:1.4.2", "api:latest"));
        assertThat(PlumbProcess.run("scan", repo.toString()).exitCode()).isZero();
        assertThat(PlumbProcess.run("scan", repo.toString(), "--fail-on", "medium").exitCode()).isEqualTo(1);
        assertThat(PlumbProcess.run("scan", repo.toString(), "--fail-on", "none").exitCode()).isZero();
    }

    @Test
    void usageAndConfigurationErrorsExitTwoWithAMessage(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("api.yaml"), CLEAN_DEPLOYMENT);
        PlumbProcess.Result badFlag = PlumbProcess.run("scan", repo.toString(), "--fail-on", "sometimes");
        assertThat(badFlag.exitCode()).isEqualTo(2);
        assertThat(badFlag.err()).contains("--fail-on").doesNotContain("\tat ");

        PlumbProcess.Result missing = PlumbProcess.run("scan", repo.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("path not found");

        assertThat(PlumbProcess.run("scan", repo.toString(), "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(PlumbProcess.run("scan").exitCode()).isEqualTo(2);
        PlumbProcess.Result noCommand = PlumbProcess.run();
        assertThat(noCommand.exitCode()).isEqualTo(2);
        assertThat(noCommand.err()).contains("Usage: plumb").contains("scan");
        assertThat(PlumbProcess.run("explain", "no-such-rule").exitCode()).isEqualTo(2);

        Files.writeString(repo.resolve(".plumb.yaml"), "rules:\n  image-tag-mutable: {enabled: false}\nexlcude: [x]\n");
        PlumbProcess.Result badConfig = PlumbProcess.run("scan", repo.toString());
        assertThat(badConfig.exitCode()).isEqualTo(2);
        assertThat(badConfig.err()).contains(".plumb.yaml:3").contains("exlcude").doesNotContain("Exception");
    }

    @Test
    void outputFileReceivesTheReport(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("api.yaml"), CLEAN_DEPLOYMENT.replace("api:1.4.2", "api:latest"));
        Path sarif = repo.resolve("out/plumb.sarif");
        Files.createDirectories(sarif.getParent());
        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "sarif", "--output", sarif.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        var log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif.toFile());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs").get(0).get("results").get(0).get("ruleId").asText()).isEqualTo("image-tag-mutable");
    }
}
