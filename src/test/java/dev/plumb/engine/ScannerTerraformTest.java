package dev.plumb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.result.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a whole scan makes of Terraform's odd corners: var files, modules calling each other, names known only at apply. */
class ScannerTerraformTest {

    @TempDir
    Path repo;

    @Test
    void everyBrokenVarFileIsAParseErrorOnceEvenWhenNoStackLoadsIt() throws IOException {
        write("main.tf", "variable \"x\" {\n  default = \"1\"\n}\n");
        write("terraform.tfvars", "x = \"unterminated\n");
        write("envs/prod.tfvars", "replicas = {\n");
        write("envs/staging.tfvars", "replicas = 2\n");

        // an unclosed map is reported where it opens, as Terraform reports an unclosed block
        assertThat(locations("parse-error")).containsExactly("envs/prod.tfvars:1", "terraform.tfvars:1");
    }

    @Test
    void modulesCallingEachOtherAreInstantiatedOnceAndTheCircleIsSaid() throws IOException {
        write("a/main.tf", """
                module "b" {
                  source = "../b"
                }
                resource "kubernetes_deployment_v1" "web" {
                  metadata {
                    name      = "web"
                    namespace = "apps"
                  }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "web"
                          image = "nginx:latest"
                        }
                      }
                    }
                  }
                }
                """);
        write("b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n");

        assertThat(locations("image-tag-mutable")).containsExactly("a/main.tf:14");
        assertThat(findings("parse-error")).singleElement().extracting(Finding::message).asString()
                .contains("in a circle");
    }

    @Test
    void anObjectNamedAtApplyTimeSaysSoInItsSubject() throws IOException {
        write("main.tf", """
                resource "kubernetes_deployment_v1" "web" {
                  metadata {
                    name      = "web-${random_id.suffix.hex}"
                    namespace = "apps"
                  }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "web"
                          image = "nginx:latest"
                        }
                      }
                    }
                  }
                }
                """);

        assertThat(findings("image-tag-mutable")).singleElement().extracting(Finding::message).asString()
                .contains("Deployment/apps/(name not known)");
    }

    private List<String> locations(String rule) {
        return findings(rule).stream().map(Finding::location).sorted().toList();
    }

    private List<Finding> findings(String rule) {
        return new Scanner(RuleRegistry.builtIn()).scan(List.of(repo), ScanOptions.defaults()).result().findings().stream()
                .filter(finding -> finding.rule().id().equals(rule)).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
