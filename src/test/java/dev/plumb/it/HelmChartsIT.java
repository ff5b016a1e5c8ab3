package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own charts are rendered by real Helm with the values of the releases that deploy them,
 * and what Helm makes is checked on the lines an operator edits: the values line that set a value, the
 * template line that wrote the rest.
 */
class HelmChartsIT {

    private static final String SECRET = "hunter2-never-printed";

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        write("charts/gallery/Chart.yaml", """
                apiVersion: v2
                name: gallery
                version: 1.0.0
                """);
        write("charts/gallery/values.yaml", """
                image:
                  repository: ghcr.io/example/gallery
                  tag: latest
                securityContext: {}
                adminPassword: ""
                metrics:
                  serviceMonitor: false
                """);
        write("charts/gallery/templates/servicemonitor.yaml", """
                {{- if .Values.metrics.serviceMonitor }}
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  selector:
                    matchLabels:
                      app.kubernetes.io/instance: {{ .Release.Name }}
                  endpoints:
                    - port: http
                {{- end }}
                """);
        write("charts/gallery/templates/_helpers.tpl", """
                {{- define "gallery.labels" -}}
                app.kubernetes.io/name: gallery
                app.kubernetes.io/instance: {{ .Release.Name }}
                {{- end }}
                """);
        write("charts/gallery/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                  labels:
                    {{- include "gallery.labels" . | nindent 4 }}
                spec:
                  selector:
                    matchLabels:
                      {{- include "gallery.labels" . | nindent 6 }}
                  template:
                    metadata:
                      labels:
                        {{- include "gallery.labels" . | nindent 8 }}
                    spec:
                      containers:
                        - name: web
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          securityContext:
                            {{- toYaml .Values.securityContext | nindent 12 }}
                """);
        write("charts/gallery/templates/secret.yaml", """
                {{- $existing := lookup "v1" "Secret" .Release.Namespace "gallery-admin" }}
                apiVersion: v1
                kind: Secret
                metadata:
                  name: {{ .Release.Name }}-admin
                stringData:
                  password: {{ .Values.adminPassword | quote }}
                """);
        write("charts/gallery/templates/migrate.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: {{ .Release.Name }}-migrate
                  annotations:
                    "helm.sh/hook": pre-upgrade
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      hostPID: true
                      containers:
                        - name: migrate
                          image: ghcr.io/example/gallery-migrate:1.0.0
                """);
        write("clusters/home/gallery.yaml", """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: photos
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: gallery-values
                  namespace: photos
                data:
                  values.yaml: |
                    image:
                      tag: "2.4.0"
                    securityContext:
                      privileged: true
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: gallery-secret-values
                  namespace: photos
                stringData:
                  values.yaml: |
                    adminPassword: %s
                ---
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: gallery
                  namespace: photos
                spec:
                  interval: 1h
                  chart:
                    spec:
                      chart: ./charts/gallery
                      sourceRef:
                        kind: GitRepository
                        name: flux-system
                        namespace: flux-system
                  valuesFrom:
                    - kind: ConfigMap
                      name: gallery-values
                    - kind: Secret
                      name: gallery-secret-values
                """.formatted(SECRET));
        write("argo/gallery-staging.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: gallery-staging
                  namespace: argocd
                spec:
                  project: default
                  source:
                    repoURL: https://git.example.org/home/infra.git
                    path: charts/gallery
                    helm:
                      valuesObject:
                        image:
                          repository: ghcr.io/example/gallery-next
                  destination:
                    server: https://kubernetes.default.svc
                    namespace: staging
                """);
        write("charts/broken/Chart.yaml", "apiVersion: v2\nname: broken\nversion: 0.1.0\n");
        write("charts/broken/templates/cm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  host: {{ required "databaseHost must be set" .Values.databaseHost }}
                """);
        write("argo/broken.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: broken
                  namespace: argocd
                spec:
                  source:
                    repoURL: https://git.example.org/home/infra.git
                    path: charts/broken
                  destination:
                    namespace: tools
                """);
        write("charts/shared-db/Chart.yaml", "apiVersion: v2\nname: shared-db\nversion: 0.1.0\n");
        write("charts/shared-db/templates/cm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: shared-db
                data:
                  host: {{ required "databaseHost must be set" .Values.databaseHost }}
                """);
    }

    @Test
    void valuesSetByAReleaseAreReportedWhereTheyAreSetAndTheTemplateThatUsesThemIsNamed() throws IOException {
        JsonNode report = scan();

        JsonNode privileged = finding(report, "privileged-container", "Deployment/photos/gallery");
        assertThat(privileged.get("file").asText()).isEqualTo("clusters/home/gallery.yaml");
        assertThat(privileged.get("line").asInt()).as("the line of the ConfigMap's values that sets privileged").isEqualTo(16);
        assertThat(privileged.get("related").get("file").asText()).isEqualTo("charts/gallery/templates/deployment.yaml");
        assertThat(privileged.get("related").get("line").asInt()).as("the toYaml line that writes securityContext").isEqualTo(20);
        assertThat(privileged.get("message").asText()).contains("used by charts/gallery/templates/deployment.yaml:20");

        JsonNode latest = finding(report, "image-tag-mutable", "Deployment/staging/gallery-staging");
        assertThat(latest.get("file").asText()).as("the staging release sets no tag: the chart's default is at fault")
                .isEqualTo("charts/gallery/values.yaml");
        assertThat(latest.get("line").asInt()).isEqualTo(3);
        assertThat(findings(report, "image-tag-mutable")).as("the Flux release pins 2.4.0")
                .noneMatch(finding -> finding.get("message").asText().contains("photos/gallery"));
    }

    @Test
    void aTerraformReleaseWithEncodedValuesIsReportedOnTheTfLineOfEachKey() throws IOException {
        write("stacks/lab/main.tf", """
                resource "helm_release" "gallery" {
                  name      = "gallery-lab"
                  namespace = "lab"
                  chart     = "${path.module}/../../charts/gallery"

                  values = [
                    yamlencode({
                      image = {
                        tag = "2.4.0"
                      }
                      securityContext = {
                        privileged = true
                      }
                    })
                  ]
                }
                """);

        JsonNode privileged = finding(scan(), "privileged-container", "Deployment/lab/gallery-lab");

        assertThat(privileged.get("file").asText() + ":" + privileged.get("line").asInt()).isEqualTo("stacks/lab/main.tf:12");
        assertThat(privileged.get("related").get("line").asInt()).isEqualTo(20);
    }

    @Test
    void anArgoCdMultiSourceReleaseReadsItsValuesFileFromTheRefSource() throws IOException {
        write("values/gallery-edge.yaml", """
                # Values for the edge copy, kept apart from the chart.
                image:
                  tag: "2.5.0"
                securityContext:
                  privileged: true
                """);
        write("argo/gallery-edge.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: gallery-edge
                  namespace: argocd
                spec:
                  sources:
                    - repoURL: https://git.example.org/home/infra.git
                      path: charts/gallery
                      helm:
                        valueFiles:
                          - $values/values/gallery-edge.yaml
                    - repoURL: https://git.example.org/home/infra.git
                      ref: values
                  destination:
                    namespace: edge
                """);

        JsonNode privileged = finding(scan(), "privileged-container", "Deployment/edge/gallery-edge");

        assertThat(privileged.get("file").asText() + ":" + privileged.get("line").asInt()).isEqualTo("values/gallery-edge.yaml:5");
    }

    @Test
    void fluxVariablesTakeTheValuesTheKustomizationSubstitutes() throws IOException {
        write("flux/apps.yaml", """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata:
                  name: apps
                  namespace: flux-system
                spec:
                  path: ./clusters/home
                  sourceRef: {kind: GitRepository, name: flux-system}
                  postBuild:
                    substitute:
                      GALLERY_TAG: latest
                """);
        write("clusters/home/gallery-tagged.yaml", """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: gallery-tagged
                  namespace: tagged
                spec:
                  chart:
                    spec:
                      chart: ./charts/gallery
                      sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
                  values:
                    image:
                      tag: ${GALLERY_TAG}
                    adminPassword: ${GALLERY_ADMIN_PASSWORD}
                """);

        JsonNode report = scan();
        JsonNode latest = finding(report, "image-tag-mutable", "Deployment/tagged/gallery-tagged");
        assertThat(findings(report, "secret-literal-committed")).as("a variable from a Secret is no literal in the chart's Secret")
                .noneMatch(finding -> finding.get("message").asText().contains("tagged/gallery-tagged-admin"));

        assertThat(latest.get("message").asText()).contains("ghcr.io/example/gallery:latest");
        assertThat(latest.get("file").asText() + ":" + latest.get("line").asInt()).isEqualTo("clusters/home/gallery-tagged.yaml:13");
    }

    @Test
    void hooksRenderLikeTheRestAndFindingsSitOnTemplateLines() throws IOException {
        JsonNode report = scan();

        JsonNode hostPid = finding(report, "host-namespace", "Job/photos/gallery-migrate");
        assertThat(hostPid.get("file").asText()).isEqualTo("charts/gallery/templates/migrate.yaml");
        assertThat(hostPid.get("line").asInt()).as("hostPID: true").isEqualTo(11);
    }

    @Test
    void aChartHelmCannotRenderIsAParseErrorOnTheTemplateLineAndTheRestIsChecked() throws IOException {
        JsonNode report = scan();

        JsonNode error = finding(report, "parse-error", "");
        assertThat(error.get("file").asText()).isEqualTo("charts/broken/templates/cm.yaml");
        assertThat(error.get("line").asInt()).isEqualTo(6);
        assertThat(error.get("message").asText()).contains("for release broken").contains("databaseHost must be set")
                .doesNotContain("--debug");
        assertThat(findings(report, "parse-error")).as("a chart deployed nowhere needs values some other repository gives")
                .noneMatch(finding -> finding.get("file").asText().startsWith("charts/shared-db"));
        assertThat(findings(report, "privileged-container")).isNotEmpty();
        JsonNode helm = source(report, "helm");
        assertThat(helm.get("analysed").asInt()).as("the gallery chart's seven files").isEqualTo(7);
        assertThat(helm.get("notAnalysed").asInt()).as("the broken and the shared-db charts' two files each").isEqualTo(4);
        assertThat(helm.get("groups").toString()).contains("chart needs values the repository does not hold");
    }

    @Test
    void aControlTheChartShipsSwitchedOffIsDisabledInTheComplianceJsonNotMissing() throws IOException {
        Path out = repo.resolve("../report-out").normalize();
        PlumbProcess.Result result = PlumbProcess.run("report", repo.toString(), "--out", out.toString(),
                "--format", "compliance,compliance-json", "--fail-on", "none");
        assertThat(result.exitCode()).isZero();

        JsonNode compliance = new ObjectMapper().readTree(Files.readString(out.resolve("compliance.json")));
        JsonNode gallery = null;
        for (JsonNode unit : compliance.get("units")) {
            if (unit.get("path").asText().equals("charts/gallery")) {
                gallery = unit;
            }
        }
        assertThat(gallery).isNotNull();
        assertThat(gallery.get("kind").asText()).isEqualTo("Helm chart");
        JsonNode serviceMonitor = gallery.get("controls").get("service-monitor");
        assertThat(serviceMonitor.get("status").asText()).isEqualTo("disabled");
        assertThat(serviceMonitor.get("reason").asText()).startsWith("off by default");
        assertThat(gallery.get("controls").get("pdb").get("status").asText()).isEqualTo("n/a");
        assertThat(Files.readString(out.resolve("COMPLIANCE.md"))).contains("○ ships it switched off");
    }

    @Test
    void noValueFromAValuesSecretReachesAnyOutputAndTheRepositoryIsLeftAsItWas() throws IOException {
        List<String> before = listing();
        for (String format : List.of("text", "json", "sarif", "markdown")) {
            PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", format, "--fail-on", "none");
            assertThat(result.out()).as(format).doesNotContain(SECRET);
            assertThat(result.err()).as(format).doesNotContain(SECRET).doesNotContain("Exception");
        }
        assertThat(listing()).as("nothing written into the scanned repository").isEqualTo(before);
    }

    private JsonNode scan() throws IOException {
        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        assertThat(result.err()).doesNotContain("Exception");
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode finding(JsonNode report, String rule, String subjectPart) {
        return findings(report, rule).stream()
                .filter(finding -> finding.get("message").asText().contains(subjectPart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " finding about " + subjectPart + " in "
                        + report.get("findings")));
    }

    private static List<JsonNode> findings(JsonNode report, String rule) {
        List<JsonNode> matching = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals(rule)) {
                matching.add(finding);
            }
        });
        return matching;
    }

    private static JsonNode source(JsonNode report, String kind) {
        for (JsonNode source : report.get("coverage").get("sources")) {
            if (source.get("kind").asText().equals(kind)) {
                return source;
            }
        }
        throw new AssertionError("no " + kind + " coverage");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.walk(repo)) {
            return files.map(repo::relativize).map(Path::toString).sorted().toList();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
