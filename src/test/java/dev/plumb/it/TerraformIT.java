package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Terraform corpus through the real CLI: Kubernetes rules on .tf lines, broken files as parse errors. */
class TerraformIT {

    @Test
    void terraformStacksAreCheckedLikeManifests() throws Exception {
        PlumbProcess.Result result = PlumbProcess.run("scan", "src/test/resources/terraform-corpus",
                "--format", "json", "--fail-on", "none");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(result.out());
        List<String> findings = new ArrayList<>();
        report.get("findings").forEach(f -> findings.add(f.get("rule").asText() + " " + f.get("file").asText() + ":" + f.get("line").asInt()));

        assertThat(findings).contains(
                "image-tag-mutable stacks/gitea/runner.tf:74",
                "privileged-container stacks/gitea/runner.tf:118",
                "kubernetes-resource-deprecated stacks/vaultwarden/main.tf:164",
                "helm-chart-version-missing platform/traefik.tf:9",
                "terraform-module-unpinned platform/remote-modules.tf:12",
                "terraform-provider-unpinned platform/versions.tf:14",
                "terraform-ignore-changes-drift stacks/jellyfin/main.tf:157",
                "key-file-outside-secret stacks/grafana/main.tf:76",
                "key-file-outside-secret stacks/grafana/main.tf:81",
                "parse-error broken/unclosed-brace.tf:46");
        // A typed beta resource is one finding (switch to its _v1 type), not also a removed apiVersion.
        assertThat(findings).noneMatch(f -> f.startsWith("api-version-removed stacks/vaultwarden/main.tf"));
        // kube-prometheus-stack comes from a helm_release in a .tf file: the platform has metrics.
        assertThat(findings).noneMatch(f -> f.startsWith("metrics-missing"));
        assertThat(report.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("cluster-admin-binding");
            assertThat(f.get("message").asText()).endsWith("to User (name not known before apply)");
        });
        // Namespaces from variables are unknown, not "default".
        assertThat(findings).noneMatch(f -> f.startsWith("default-namespace-object stacks/"));
        assertThat(report.get("summary").get("resources").asInt()).isGreaterThan(50);
    }
}
