package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release of a chart from outside the repository is rendered from the chart cache, packaged as
 * {@code helm pull} leaves it, and its findings sit on the release: on its values lines where a value
 * came from them. Without the chart in the cache the release is said to be unrendered.
 */
class CachedChartsIT {

    @TempDir
    Path repo;

    @TempDir
    Path cache;

    @TempDir
    Path build;

    @BeforeEach
    void chartAndRepository() throws IOException, InterruptedException {
        Path chart = build.resolve("whoami");
        write(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: whoami\nversion: 5.1.0\n");
        write(chart.resolve("values.yaml"), "image:\n  repository: traefik/whoami\n  tag: v1.10.1\nsecurityContext: {}\n");
        write(chart.resolve("templates/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  selector:
                    matchLabels: {app: whoami}
                  template:
                    metadata:
                      labels: {app: whoami}
                    spec:
                      containers:
                        - name: whoami
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          securityContext:
                            {{- toYaml .Values.securityContext | nindent 12 }}
                """);
        Process tar = new ProcessBuilder("tar", "-czf", cache.resolve("whoami-5.1.0.tgz").toString(), "-C", build.toString(),
                "whoami").inheritIO().start();
        assertThat(tar.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();

        write(repo.resolve("apps/whoami.yaml"), """
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: HelmRepository
                metadata:
                  name: cowboysysop
                  namespace: flux-system
                spec:
                  url: https://cowboysysop.github.io/charts/
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: whoami
                  namespace: edge
                spec:
                  chart:
                    spec:
                      chart: whoami
                      version: 5.1.0
                      sourceRef:
                        kind: HelmRepository
                        name: cowboysysop
                        namespace: flux-system
                  values:
                    securityContext:
                      privileged: true
                """);
    }

    @Test
    void aReleaseOfACachedChartIsRenderedAndReportedOnItsValuesLines() throws IOException {
        PlumbProcess.Result result = PlumbProcess.runWith(Map.of("PLUMB_CHART_CACHE", cache.toString()),
                "scan", repo.toString(), "--format", "json", "--fail-on", "none");

        assertThat(result.err()).doesNotContain("Exception");
        JsonNode report = new ObjectMapper().readTree(result.out());
        JsonNode privileged = null;
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asText().equals("privileged-container")) {
                privileged = finding;
            }
        }
        assertThat(privileged).as("the chart's Deployment, rendered with the release's values").isNotNull();
        assertThat(privileged.get("file").asText()).isEqualTo("apps/whoami.yaml");
        assertThat(privileged.get("line").asInt()).as("privileged: true in the release's values").isEqualTo(25);
        assertThat(privileged.get("message").asText()).contains("Deployment/edge/whoami").doesNotContain("used by");
        assertThat(privileged.has("related")).as("the chart's template is in the cache, not the repository").isFalse();
        assertThat(report.get("coverage").get("analysed").asInt()).isEqualTo(report.get("coverage").get("files").asInt());
        assertThat(Files.list(cache).count()).as("the cache is read, never written by a scan").isEqualTo(1);
    }

    @Test
    void withoutTheChartTheReleaseIsSaidToBeUnrendered() throws IOException {
        Path empty = Files.createDirectories(build.resolve("empty-cache"));
        PlumbProcess.Result result = PlumbProcess.runWith(Map.of("PLUMB_CHART_CACHE", empty.toString()),
                "scan", repo.toString(), "--fail-on", "none");

        assertThat(result.out()).contains("In part: 1 Helm release in 1 file (charts from outside the repository, not in the chart cache)")
                .doesNotContain("privileged-container");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
