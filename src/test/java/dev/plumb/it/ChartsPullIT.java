package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import com.marcnuri.helm.jni.RepoServerOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumb charts pull} fetches the charts the repository's releases pin, from an HTTP chart
 * repository and from an OCI registry (both served on loopback by Helm's own test servers), into the
 * chart cache; the next scan renders them without the network.
 */
class ChartsPullIT {

    private static HelmLib helm;
    private static String httpRepository;
    private static String ociRegistry;

    @TempDir
    static Path packaged;

    @TempDir
    Path repo;

    @TempDir
    Path cache;

    @BeforeAll
    static void servers() throws IOException {
        helm = NativeLibrary.getInstance().load();
        Path chart = packaged.resolve("src/echo");
        write(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: echo\nversion: 1.2.0\n");
        write(chart.resolve("values.yaml"), "image:\n  repository: ghcr.io/example/echo\n  tag: 1.2.0\nhostNetwork: false\n");
        write(chart.resolve("templates/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  selector:
                    matchLabels: {app: echo}
                  template:
                    metadata:
                      labels: {app: echo}
                    spec:
                      hostNetwork: {{ .Values.hostNetwork }}
                      containers:
                        - name: echo
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                """);
        Path archives = Files.createDirectories(packaged.resolve("archives"));
        new Helm(chart).packageIt().withDestination(archives).call();
        httpRepository = helm.RepoServerStart(new RepoServerOptions(archives + "/*.tgz", null, null)).out;
        ociRegistry = helm.RepoOciServerStart(new RepoServerOptions(null, "plumb", "not-a-secret")).out;
        Helm.registry().login().withHost(ociRegistry).withUsername("plumb").withPassword("not-a-secret").plainHttp().call();
        Helm.push().withChart(archives.resolve("echo-1.2.0.tgz")).withRemote(URI.create("oci://" + ociRegistry + "/charts"))
                .plainHttp().call();
    }

    @AfterAll
    static void stop() {
        if (helm != null) {
            helm.RepoServerStopAll();
        }
    }

    @Test
    void aChartOfAnHttpRepositoryIsPulledThenRendered() throws IOException {
        write(repo.resolve("apps/echo.yaml"), """
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: HelmRepository
                metadata:
                  name: example
                  namespace: flux-system
                spec:
                  url: %s
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: echo
                  namespace: tools
                spec:
                  chart:
                    spec:
                      chart: echo
                      version: 1.2.0
                      sourceRef: {kind: HelmRepository, name: example, namespace: flux-system}
                  values:
                    hostNetwork: true
                """.formatted(httpRepository));

        pulledThenRendered(21);
    }

    @Test
    void aChartOfAnOciRegistryIsPulledThenRendered() throws IOException {
        write(repo.resolve("apps/echo.yaml"), """
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: OCIRepository
                metadata:
                  name: echo
                  namespace: tools
                spec:
                  url: oci://%s/charts/echo
                  ref:
                    tag: 1.2.0
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: echo
                  namespace: tools
                spec:
                  chartRef:
                    kind: OCIRepository
                    name: echo
                  values:
                    hostNetwork: true
                """.formatted(ociRegistry));

        pulledThenRendered(21);
    }

    private void pulledThenRendered(int hostNetworkLine) throws IOException {
        Map<String, String> environment = Map.of("PLUMB_CHART_CACHE", cache.toString());

        PlumbProcess.Result pull = PlumbProcess.runWith(environment, "charts", "pull", repo.toString());

        assertThat(pull.exitCode()).as(pull.out() + pull.err()).isZero();
        assertThat(pull.out()).contains("ok      ").contains("1 of 1 charts in " + cache);
        assertThat(cache.resolve("echo-1.2.0.tgz")).isRegularFile();

        PlumbProcess.Result scan = PlumbProcess.runWith(environment, "scan", repo.toString(), "--format", "json", "--fail-on", "none");
        JsonNode report = new ObjectMapper().readTree(scan.out());
        assertThat(report.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("rule").asText()).isEqualTo("host-namespace");
            assertThat(finding.get("message").asText()).contains("hostNetwork");
            assertThat(finding.get("file").asText() + ":" + finding.get("line").asInt()).isEqualTo("apps/echo.yaml:" + hostNetworkLine);
        });

        PlumbProcess.Result again = PlumbProcess.runWith(environment, "charts", "pull", repo.toString());
        assertThat(again.out()).as("a chart already cached is not fetched again").contains("1 of 1 charts");
        try (var left = Files.list(Path.of("").toAbsolutePath())) {
            assertThat(left.map(file -> file.getFileName().toString())).as("Helm's indexes are not left in the working folder")
                    .noneMatch(name -> name.startsWith("helm-manager-"));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
