package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plumb says what it read before what it found: coverage in every output, and an empty path is an error. */
class CoverageIT {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/acme/web:1.4.2
            """;

    @TempDir
    Path repo;

    @Test
    void everySourceKindIsCountedWithWhatWasNotAnalysedAndWhy() throws IOException {
        write("apps/shop/web.yaml", DEPLOYMENT);
        write("apps/shop/broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: 1\n b: 2\n");
        write("charts/blog/Chart.yaml", "apiVersion: v2\nname: blog\nversion: 1.0.0\n");
        // Deployed by nothing here, and needing a value its releases elsewhere give: Helm cannot render it.
        write("charts/blog/templates/deployment.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ required \"name is required\" .Values.name }}\n");
        write("ansible/site.yml", "- name: harden hosts\n  hosts: nas\n  roles: [ssh]\n");
        write("ansible/roles/ssh/tasks/main.yml", "- name: key only\n  ansible.builtin.lineinfile: {path: /etc/ssh/sshd_config, line: PasswordAuthentication no}\n");
        write("ansible/inventory/hosts.ini", "[nas]\nnas.lan\n");
        write("stacks/media/docker-compose.yml", "services:\n  jellyfin:\n    image: jellyfin/jellyfin:10.9.11\n");
        write("README.md", "# infra\n");

        PlumbProcess.Result json = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        JsonNode coverage = new ObjectMapper().readTree(json.out()).get("coverage");

        assertThat(coverage.get("files").asInt()).as("the README is no infrastructure").isEqualTo(8);
        assertThat(coverage.get("analysed").asInt()).isEqualTo(1);
        Map<String, JsonNode> kinds = new HashMap<>();
        coverage.get("sources").forEach(source -> kinds.put(source.get("kind").asText(), source));
        assertThat(kinds).containsOnlyKeys("kubernetes", "helm", "ansible", "compose");
        assertThat(kinds.get("ansible").get("notAnalysed").asInt()).isEqualTo(3);
        assertThat(kinds.get("ansible").get("groups").get(0).get("reason").asText()).isEqualTo("not supported yet");
        assertThat(kinds.get("helm").get("groups").get(0).get("reason").asText())
                .isEqualTo("chart needs values the repository does not hold");
        assertThat(kinds.get("helm").get("groups").get(0).get("units").asInt()).isEqualTo(1);
        assertThat(kinds.get("kubernetes").get("groups").get(0).get("paths").get(0).asText()).isEqualTo("apps/shop/broken.yaml");
        assertThat(kinds.get("compose").get("files").asInt()).isEqualTo(1);

        PlumbProcess.Result console = PlumbProcess.run("scan", repo.toString(), "--fail-on", "none");
        assertThat(console.out().lines().findFirst().orElse(""))
                .as("under half analysed: said before anything else")
                .startsWith("plumb analysed only 1 of 8 infrastructure files (12%)");
        assertThat(console.out()).contains("Analysed 1 of 8 infrastructure files.")
                .contains("3 Ansible files (Ansible is not read yet)")
                .contains("1 Helm chart (2 files, not rendered: Helm stops on a value no release in the repository gives)")
                .contains("1 Compose file (Docker Compose is not read yet)")
                .contains("1 Kubernetes manifest (a parse error)");
    }

    @Test
    void reportsOpenWithTheCoverage() throws IOException {
        write("apps/shop/web.yaml", DEPLOYMENT);
        write("roles/ssh/tasks/main.yml", "- name: key only\n  ansible.builtin.lineinfile: {path: /etc/ssh/sshd_config, line: x}\n");
        Path out = repo.resolve("out");

        PlumbProcess.Result result = PlumbProcess.run("report", repo.toString(), "--out", out.toString(), "--fail-on", "none");

        assertThat(result.exitCode()).isZero();
        String sentence = "Analysed 1 of 2 infrastructure files. Not analysed: 1 Ansible file (Ansible is not read yet). "
                + "Not judged while part of the repository is unread: backups, restore tests, metrics, logs, uptime checks, "
                + "TLS automation, secret management and admission policy.";
        assertThat(Files.readString(out.resolve("CONCERNS.md")).lines().skip(2).findFirst().orElse("")).isEqualTo(sentence);
        assertThat(Files.readString(out.resolve("COMPLIANCE.md")).lines().skip(2).findFirst().orElse("")).isEqualTo(sentence);
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("data-coverage=\"sentences\">" + sentence + "</p>");
        assertThat(html.indexOf("data-coverage")).isLessThan(html.indexOf("data-fact=\"files\""));
    }

    @Test
    void aPathWithNoInfrastructureFailsTheGateUnlessAllowed() throws IOException {
        write("README.md", "# notes\n");
        write("docs/plan.txt", "move the NAS\n");

        PlumbProcess.Result refused = PlumbProcess.run("scan", repo.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("plumb: nothing to scan under " + repo
                + ": no Kubernetes, Terraform, Helm, Ansible or compose files (--allow-empty to accept)");
        assertThat(refused.out()).isEmpty();

        PlumbProcess.Result allowed = PlumbProcess.run("scan", repo.toString(), "--allow-empty");
        assertThat(allowed.exitCode()).isZero();

        PlumbProcess.Result report = PlumbProcess.run("report", repo.toString(), "--out", repo.resolve("out").toString());
        assertThat(report.exitCode()).isEqualTo(2);
    }

    @Test
    void filesNamedOneByOneMayHoldNoInfrastructure() throws IOException {
        write("notes.txt", "nothing to deploy\n");

        PlumbProcess.Result result = PlumbProcess.run("scan", repo.resolve("notes.txt").toString());

        assertThat(result.exitCode()).as("a pre-commit hook passing a note").isZero();
    }

    @Test
    void aHelmReleaseWithTemplatedValuesIsAnObjectWhileAnUnquotedTemplateIsSetAside() throws IOException {
        write("apps/grafana/release.yaml", """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: grafana, namespace: monitoring}
                spec:
                  chart: {spec: {chart: grafana, sourceRef: {kind: HelmRepository, name: grafana}}}
                  values:
                    fullnameOverride: "{{ .Release.Name }}-ui"
                    alerting:
                      message: |
                        {{ range .Alerts }}{{ .Labels.alertname }}{{ end }}
                """);
        write("loose/template.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n");

        JsonNode report = new ObjectMapper().readTree(
                PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none").out());

        assertThat(report.get("summary").get("resources").asInt()).isEqualTo(1);
        Map<String, String> skipped = new HashMap<>();
        report.get("skipped").forEach(skip -> skipped.put(skip.get("path").asText(), skip.get("reason").asText()));
        assertThat(skipped).doesNotContainKey("apps/grafana/release.yaml");
        assertThat(skipped.get("loose/template.yaml")).startsWith("Helm template");
        assertThat(report.get("coverage").get("text").asText())
                .contains("1 Helm release in 1 file (charts from outside the repository, not in the chart cache)")
                .contains("1 Helm template in no chart (nothing says how to render it)");
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
