package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.Origin;
import dev.plumb.model.Resource;
import dev.plumb.model.ScalarNode;
import dev.plumb.model.Workload;
import org.junit.jupiter.api.Test;

class TerraformLoaderTest {

    private static final String STACK = """
            variable "image" {
              default = "ghcr.io/acme/web:1.2.0"
            }

            resource "kubernetes_deployment_v1" "web" {
              metadata {
                name      = "web"
                namespace = "shop"
              }
              spec {
                replicas = "2"
                selector {
                  match_labels = { app = "web" }
                }
                template {
                  metadata {
                    labels = { app = "web" }
                  }
                  spec {
                    container {
                      name  = "web"
                      image = var.image
                    }
                  }
                }
              }
            }

            resource "random_password" "db" {
              length = 24
            }
            """;

    @Test
    void kubernetesResourcesBecomeObjectsThatPointAtTheirLines() {
        TerraformLoader.Loaded loaded = TerraformLoader.load("stacks/shop/main.tf", STACK);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.id()).isEqualTo("Deployment/shop/web");
            assertThat(resource.origin().loader()).isEqualTo(Origin.TERRAFORM);
            assertThat(resource.origin().line()).isEqualTo(5);
            assertThat(resource.metadata().get("name").line()).isEqualTo(7);
            Workload workload = Workload.of(resource).orElseThrow();
            assertThat(workload.replicas()).hasValue(2);
            assertThat(workload.podSpec().containers()).singleElement().satisfies(container -> {
                assertThat(container.name()).isEqualTo("web");
                // The variable's default, placed on the line that uses it and marked as not written there.
                assertThat(container.image()).isEqualTo("ghcr.io/acme/web:1.2.0");
                assertThat(container.imageNode().line()).isEqualTo(22);
                assertThat(((ScalarNode) container.imageNode()).isDerived()).isTrue();
            });
        });
    }

    @Test
    void aBrokenFileIsOneProblemWithItsLine() {
        TerraformLoader.Loaded loaded = TerraformLoader.load("broken.tf", "resource \"x\" \"y\" {\n  a = \n");

        assertThat(loaded.resources()).isEmpty();
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().file()).isEqualTo("broken.tf");
            assertThat(problem.position().line()).isPositive();
        });
    }

    @Test
    void anOversizedFileIsNotParsedButSaidSo() {
        String huge = "# generated\n" + "locals { a = 1 }\n".repeat(40_000);
        TerraformLoader.Loaded loaded = TerraformLoader.load("generated.tf", huge);

        assertThat(loaded.resources()).isEmpty();
        assertThat(loaded.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("KB").contains("not parsed"));
    }

    @Test
    void theRepositoryRulesSeeTheSameKindsAsFromYaml() {
        Resource resource = TerraformLoader.load("main.tf", STACK).resources().get(0);
        assertThat(resource.apiVersion()).isEqualTo("apps/v1");
        assertThat(resource.kind()).isEqualTo("Deployment");
    }

    @Test
    void aNamespaceFromAVariableIsWrittenButUnknown() {
        TerraformLoader.Loaded loaded = TerraformLoader.load("main.tf", """
                resource "kubernetes_config_map_v1" "settings" {
                  metadata {
                    name      = "settings"
                    namespace = var.namespace
                  }
                  data = { LOG_LEVEL = "info" }
                }
                """);
        Resource settings = loaded.resources().get(0);
        // Not "default": rules about the default namespace, or about what else a namespace holds, must not guess.
        assertThat(settings.namespace()).isEqualTo(Resource.UNKNOWN_NAMESPACE);
        assertThat(settings.namespaceKnown()).isFalse();
        assertThat(settings.namespaceWritten()).isTrue();
    }

    @Test
    void everyTopLevelBlockIsKeptForTerraformRules() {
        TerraformLoader.Loaded loaded = TerraformLoader.load("stacks/shop/main.tf", STACK);
        assertThat(loaded.blocks()).extracting(block -> block.address() + "@" + block.position().line())
                .containsExactly("variable.image@1", "kubernetes_deployment_v1.web@5", "random_password.db@29");
        assertThat(loaded.blocks().get(2).body().get("length").text()).isEqualTo("24");
    }
}
