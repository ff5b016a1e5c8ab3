package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Terraform corpus through the real CLI: Kubernetes rules on .tf lines, broken files as parse errors. */
class TerraformIT {

    @Test
    void twoCallsOfAModuleAreTwoFindingsOnTheModuleLineEachNamingItsCall(@TempDir Path repo) throws Exception {
        Path module = Files.createDirectories(repo.resolve("modules/web"));
        Path stack = Files.createDirectories(repo.resolve("stacks/apps"));
        Files.writeString(module.resolve("main.tf"), """
                variable "name" {}
                variable "image" { default = "nginx:latest" }
                resource "kubernetes_deployment_v1" "this" {
                  metadata {
                    name      = var.name
                    namespace = "apps"
                  }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "app"
                          image = var.image
                        }
                      }
                    }
                  }
                }
                """);
        Files.writeString(stack.resolve("main.tf"), """
                module "blog" {
                  source = "../../modules/web"
                  name   = "blog"
                }
                module "shop" {
                  source = "../../modules/web"
                  name   = "shop"
                  image  = var.shop_image
                }
                module "dns" {
                  source  = "example-org/dns/kubernetes"
                  version = "1.0.0"
                }
                variable "shop_image" {}
                """);
        Files.writeString(stack.resolve("terraform.tfvars"), "shop_image = \"ghcr.io/acme/shop:latest\"\n");

        PlumbProcess.Result console = PlumbProcess.run("scan", repo.toString(), "--fail-on", "none", "--verbose");
        assertThat(console.err()).isEmpty();
        assertThat(console.out())
                .contains("modules/web/main.tf:13")
                .contains("(module.blog)")
                .contains("(module.shop)")
                .contains("module.dns: remote module example-org/dns/kubernetes is not scanned");

        PlumbProcess.Result json = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        JsonNode report = new ObjectMapper().readTree(json.out());
        List<JsonNode> mutable = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("image-tag-mutable")) {
                mutable.add(f);
            }
        });
        assertThat(mutable).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("file").asText()).isEqualTo("modules/web/main.tf");
            assertThat(f.get("line").asInt()).isEqualTo(13);
        });
        assertThat(mutable.get(0).get("fingerprint").asText()).isNotEqualTo(mutable.get(1).get("fingerprint").asText());
    }

    @Test
    void anOpenTofuStackIsCheckedOnItsTofuLinesAndATfFileItReplacesIsListedNotRead(@TempDir Path repo) throws Exception {
        Path stack = Files.createDirectories(repo.resolve("stacks/reader"));
        String deployment = """
                resource "kubernetes_deployment_v1" "feeds" {
                  metadata {
                    name      = "feeds"
                    namespace = "reader"
                  }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "feeds"
                          image = "ghcr.io/acme/feeds:%s"
                        }
                      }
                    }
                  }
                }
                """;
        Files.writeString(stack.resolve("main.tofu"), deployment.formatted("${var.tag}"));
        Files.writeString(stack.resolve("variables.tf"), "variable \"tag\" {\n  default = \"latest\"\n}\n");
        Files.writeString(stack.resolve("main.tf"), deployment.formatted("edge"));
        Files.writeString(stack.resolve("main.tofutest.hcl"), "run \"plan\" {\n  command = plan\n}\n");

        PlumbProcess.Result json = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        assertThat(json.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.out());
        List<String> mutable = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("image-tag-mutable")) {
                mutable.add(f.get("file").asText() + ":" + f.get("line").asInt() + " " + f.get("message").asText());
            }
        });
        assertThat(mutable).singleElement().satisfies(finding ->
                assertThat(finding).startsWith("stacks/reader/main.tofu:11 ").contains("\"latest\""));
        assertThat(report.get("skipped")).anySatisfy(skip -> {
            assertThat(skip.get("path").asText()).isEqualTo("stacks/reader/main.tf");
            assertThat(skip.get("reason").asText()).startsWith("OpenTofu reads main.tofu in its place");
        });
    }

    @Test
    void aYamlFileAStackRendersWithTemplatefileIsItsTemplateNotAParseError(@TempDir Path repo) throws Exception {
        Path stack = Files.createDirectories(repo.resolve("stacks/shop/templates"));
        Files.writeString(repo.resolve("stacks/shop/main.tf"), """
                variable "ingress" {
                  default = true
                }
                resource "helm_release" "shop" {
                  name       = "shop"
                  repository = "https://charts.example.org"
                  chart      = "shop"
                  version    = "1.4.2"
                  values = [templatefile("${path.module}/templates/values.yaml", {
                    ingress = var.ingress
                    host    = "shop.example.org"
                  })]
                }
                """);
        Files.writeString(stack.resolve("values.yaml"), """
                replicaCount: 2
                %{ if ingress }
                ingress:
                  enabled: true
                  hosts: ["${host}"]
                %{ endif }
                """);
        Files.writeString(repo.resolve("stacks/shop/broken.yaml"), "replicaCount: [2\n");

        PlumbProcess.Result json = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        assertThat(json.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.out());
        List<String> parseErrors = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("parse-error")) {
                parseErrors.add(f.get("file").asText());
            }
        });
        assertThat(parseErrors).containsExactly("stacks/shop/broken.yaml");
    }

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
                // a broken block is one error on its own line, the file's other blocks are checked
                "parse-error broken/unclosed-brace.tf:4",
                "parse-error broken/template-directive.tf:16",
                // after a heredoc holding a shell heredoc, directives and a regular expression: exact lines
                "cluster-admin-binding stacks/bootstrap/main.tf:34",
                "privileged-container stacks/bootstrap/templates.tf:55");
        assertThat(findings).filteredOn(f -> f.startsWith("parse-error")).hasSize(2);
        // A typed beta resource is one finding (switch to its _v1 type), not also a removed apiVersion.
        assertThat(findings).noneMatch(f -> f.startsWith("api-version-removed stacks/vaultwarden/main.tf"));
        // kube-prometheus-stack comes from a helm_release in a .tf file: the platform has metrics.
        assertThat(findings).noneMatch(f -> f.startsWith("metrics-missing"));
        // The binding's subjects come from a dynamic block over a known map: each user is named.
        assertThat(report.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("cluster-admin-binding");
            assertThat(f.get("message").asText()).endsWith("to User alice");
        });
        // Every valid stack parses now, so no Middleware is hidden by a parse error, and none is reported missing.
        assertThat(findings).noneMatch(f -> f.startsWith("traefik-middleware-missing"));
        // the broken directive costs its block: the file is read in part; the unclosed brace costs the whole file
        assertThat(report.get("coverage").get("text").asText())
                .contains("In part: ", "1 Terraform file (a parse error)", "Not analysed: 1 Terraform file (a parse error)")
                .doesNotContain("Helm chart");
        // The stack's local chart is rendered once per helm_release, each with its own name and values.
        assertThat(findings).contains("liveness-probe-missing stacks/uptime-kuma/charts/uptime-kuma/templates/deployment.yaml:16");
        assertThat(report.get("findings")).anySatisfy(f -> assertThat(f.get("message").asText()).contains("Deployment/uptime-kuma/status-page"));
        assertThat(report.get("skipped")).anySatisfy(s -> assertThat(s.get("reason").asText())
                .isEqualTo("module.metallb: remote module example-org/metallb/kubernetes is not scanned"));
        // Namespaces from variables are unknown, not "default".
        assertThat(findings).noneMatch(f -> f.startsWith("default-namespace-object stacks/"));
        assertThat(report.get("summary").get("resources").asInt()).isGreaterThan(50);
    }
}
