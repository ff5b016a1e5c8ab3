package dev.plumb.load.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the chart Helm renders differs from the repository's only where an offline render needs it to. */
class ChartWorkspaceTest {

    @TempDir
    Path repo;

    @Test
    void aDependencyThatCannotBeHadOfflineIsDroppedFromACopyAndTheRepositoryIsUntouched() throws IOException {
        Path chart = repo.resolve("photos");
        String chartYaml = "apiVersion: v2\nname: photos\nversion: 0.3.0\ndependencies:\n  - name: valkey\n    version: 2.1.0\n"
                + "    repository: https://charts.example.org/stable\n";
        write(chart.resolve("Chart.yaml"), chartYaml);
        write(chart.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");

        try (ChartWorkspace workspace = ChartWorkspace.prepare(chart, "photos", Set.of())) {
            assertThat(workspace.missing()).extracting(dependency -> dependency.name() + "@" + dependency.position().line())
                    .containsExactly("valkey@5");
            assertThat(workspace.chart()).isNotEqualTo(chart);
            String rendered = HelmEngine.template(workspace.chart(), "gallery", "media", List.of());
            assertThat(rendered).contains("# Source: photos/templates/cm.yaml").contains("name: gallery");
        }
        assertThat(Files.readString(chart.resolve("Chart.yaml"))).isEqualTo(chartYaml);
        assertThat(Files.exists(chart.resolve("charts"))).isFalse();
    }

    @Test
    void aLinkOutOfTheChartIsNotFollowed() throws IOException {
        Path outside = repo.resolve("outside/token.yaml");
        write(outside, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: stolen\nstringData:\n  token: from-outside-the-chart\n");
        Path chart = repo.resolve("charts/linked");
        write(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: linked\nversion: 0.1.0\n");
        write(chart.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: own\n");
        Files.createSymbolicLink(chart.resolve("templates/token.yaml"), outside);
        Files.createSymbolicLink(chart.resolve("templates/loop"), chart);

        try (ChartWorkspace workspace = ChartWorkspace.prepare(chart, "charts/linked", Set.of())) {
            String rendered = HelmEngine.template(workspace.chart(), "linked", "default", List.of());
            assertThat(rendered).contains("name: own").doesNotContain("from-outside-the-chart").doesNotContain("stolen");
        }
    }

    @Test
    void lookupsHooksAndDeclaredApisAreRewrittenOnTheirOwnLines() {
        String template = "{{- $s := lookup \"v1\" \"Secret\" .Release.Namespace \"x\" }}\n"
                + "metadata:\n  annotations:\n    \"helm.sh/hook\": pre-install\n"
                + "{{- if .Capabilities.APIVersions.Has \"monitoring.coreos.com/v1\" }}\nkind: ServiceMonitor\n{{- end }}\n"
                + "{{- if .Capabilities.APIVersions.Has \"example.org/v9\" }}\n";

        String rewritten = ChartWorkspace.rewrite(template, Set.of("monitoring.coreos.com/v1"));

        assertThat(rewritten.lines()).hasSameSizeAs(template.lines().toList());
        assertThat(rewritten).contains("{{- $s := omit (dict) \"v1\" \"Secret\" .Release.Namespace \"x\" }}")
                .contains("\"plumb.dev/hook\": pre-install")
                .contains("{{- if true }}")
                .contains("{{- if .Capabilities.APIVersions.Has \"example.org/v9\" }}");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
