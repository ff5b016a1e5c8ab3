package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compliance matrix through the packaged jar: a unit plumb could not analyse shows ?, never –, and says why. */
class ComplianceCoverageIT {

    private static final String JUDGED_ROW =
            "| `apps/shop` | folder | ✘ | ✔ | ✘ | ✘ | – | ✔ | ✔ | ✔ | ✘ | – |";
    private static final String UNRENDERED_ROW =
            "| `wiki` | Helm chart | ? | ? | ? | ? | ? | ? | ? | ? | ? | ✘ |";
    private static final String REASON =
            "3 files of this Helm chart are not rendered: the chart needs values no release in the repository gives";

    @TempDir
    Path repo;

    @Test
    void anUnrenderedChartIsNotCheckedWhileAFolderOfManifestsIsJudged() throws IOException {
        // The chart is deployed by nothing here and needs a value only its real releases give: Helm cannot render it.
        write("apps/shop/web.yaml", """
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
                          resources:
                            requests: {cpu: 100m, memory: 128Mi}
                            limits: {memory: 128Mi}
                          readinessProbe: {httpGet: {path: /healthz, port: 8080}}
                          livenessProbe: {httpGet: {path: /healthz, port: 8080}}
                """);
        write("charts/wiki/Chart.yaml", "apiVersion: v2\nname: wiki\nversion: 1.0.0\n");
        write("charts/wiki/values.yaml", "image: ghcr.io/acme/wiki:2.1.0\n");
        write("charts/wiki/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  template:
                    spec:
                      containers:
                        - name: wiki
                          image: "{{ required "registry is set by each release" .Values.registry }}/{{ .Values.image }}"
                """);
        Path out = repo.resolve("out");

        PlumbProcess.Result result = PlumbProcess.run("report", repo.toString(), "--out", out.toString(), "--fail-on", "none");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String compliance = Files.readString(out.resolve("COMPLIANCE.md"), StandardCharsets.UTF_8);
        assertThat(compliance).contains("– does not apply, ? not checked")
                .contains(JUDGED_ROW + "\n")
                .as("the chart's tests are judged from its file names; the rest needs the rendered chart")
                .contains(UNRENDERED_ROW + "\n")
                .contains("| Control | Have | Missing | % | Not checked |\n")
                .contains("| Probes | 1 | 0 | 100% | 1 |\n")
                .contains("| PDB | 0 | 0 | – | 1 |\n")
                .contains("| Tests | 0 | 1 | 0% | 0 |\n")
                .contains("- `wiki` — ServiceAccount, RBAC, NetworkPolicy, ServiceMonitor, PDB, Probes, Resources, "
                        + "Pinned images, securityContext: " + REASON + ".\n");

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<td class=\"mark unchecked\" data-control=\"probes\" title=\"Not checked: " + REASON + "\">?</td>")
                .contains("<h3>Not checked</h3>");
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
