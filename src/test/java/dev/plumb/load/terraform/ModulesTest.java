package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local modules instantiated per call, remote ones listed, helm releases recorded, the root never left. */
class ModulesTest {

    private static final String INGRESS_MODULE = """
            variable "name" {}
            variable "namespace" { default = "default" }
            variable "host" {}
            variable "tls" { default = true }

            resource "kubernetes_ingress_v1" "this" {
              metadata {
                name      = var.name
                namespace = var.namespace
              }
              spec {
                rule {
                  host = var.host
                }
              }
            }

            module "inner" {
              source = "./inner"
              label  = var.name
            }

            output "host" {
              value = var.host
            }
            """;

    private static final String INNER_MODULE = """
            variable "label" {}
            resource "kubernetes_config_map_v1" "marker" {
              metadata {
                name      = "marker-${var.label}"
                namespace = "default"
              }
            }
            """;

    private static Stacks repository() {
        return new Stacks()
                .file("modules/ingress/main.tf", INGRESS_MODULE)
                .file("modules/ingress/inner/main.tf", INNER_MODULE)
                .file("stacks/grafana/main.tf", """
                        module "grafana_ingress" {
                          source    = "../../modules/ingress"
                          name      = "grafana"
                          namespace = "monitoring"
                          host      = "grafana.example.net"
                        }

                        module "prometheus_ingress" {
                          source    = "../../modules/ingress"
                          name      = "prometheus"
                          namespace = "monitoring"
                          host      = "prom.example.net"
                        }

                        module "vpc" {
                          source  = "terraform-aws-modules/vpc/aws"
                          version = "5.0.0"
                        }

                        module "outside" {
                          source = "../../../elsewhere"
                        }

                        resource "kubernetes_config_map_v1" "links" {
                          metadata {
                            name      = "links"
                            namespace = "monitoring"
                          }
                          data = {
                            grafana = module.grafana_ingress.host
                          }
                        }
                        """);
    }

    @Test
    void eachCallIsAnInstanceWithItsArgumentsAndItsCallSite() {
        TerraformStacks.Loaded loaded = repository().load();
        List<Resource> ingresses = loaded.resources().stream().filter(r -> r.isKind("Ingress")).toList();

        assertThat(ingresses).extracting(r -> r.id() + " " + r.origin().module())
                .containsExactly("Ingress/monitoring/grafana module.grafana_ingress",
                        "Ingress/monitoring/prometheus module.prometheus_ingress");
        // The finding's line is the module's own line, where the value is used.
        assertThat(ingresses).allSatisfy(ingress -> {
            assertThat(ingress.origin().file()).isEqualTo("modules/ingress/main.tf");
            assertThat(ingress.metadata().get("name").line()).isEqualTo(8);
        });
        assertThat(Stacks.data(loaded, "links", "grafana").text()).isEqualTo("grafana.example.net");
    }

    @Test
    void nestedModulesNameTheWholeCallChainAndCalledDirectoriesAreNoRoots() {
        TerraformStacks.Loaded loaded = repository().load();
        assertThat(loaded.resources()).filteredOn(r -> r.isKind("ConfigMap") && r.name().startsWith("marker"))
                .extracting(r -> r.name() + " " + r.origin().module())
                .containsExactly("marker-grafana module.grafana_ingress.module.inner",
                        "marker-prometheus module.prometheus_ingress.module.inner");
        // modules/ingress is only used through calls: not also read with unknown inputs as a stack of its own.
        assertThat(loaded.resources()).noneMatch(r -> r.origin().module().isEmpty() && r.isKind("Ingress"));
    }

    @Test
    void aModuleCalledWithForEachIsOneInstancePerKeyNamedByItsKey() {
        TerraformStacks.Loaded loaded = new Stacks()
                .file("modules/ingress/main.tf", INGRESS_MODULE)
                .file("modules/ingress/inner/main.tf", INNER_MODULE)
                .file("stacks/apps/main.tf", """
                        locals {
                          hosts = { blog = "blog.example.net", shop = "shop.example.net" }
                        }
                        module "ingress" {
                          for_each = local.hosts
                          source   = "../../modules/ingress"
                          name     = each.key
                          host     = each.value
                        }
                        module "disabled" {
                          count  = 0
                          source = "../../modules/ingress"
                          name   = "off"
                          host   = "off.example.net"
                        }
                        """).load();
        assertThat(loaded.resources()).filteredOn(r -> r.isKind("Ingress"))
                .extracting(r -> r.name() + " " + r.origin().module() + " " + r.origin().templated())
                .containsExactly("blog module.ingress[\"blog\"] true", "shop module.ingress[\"shop\"] true");
        assertThat(loaded.resources()).filteredOn(r -> r.isKind("Ingress"))
                .extracting(r -> r.spec().get("rules").get(0).get("host").text())
                .containsExactly("blog.example.net", "shop.example.net");
    }

    @Test
    void remoteModulesAndPathsOutsideTheRootAreListedAsNotScanned() {
        TerraformStacks.Loaded loaded = repository().load();
        assertThat(loaded.notScanned()).extracting(s -> s.path() + " " + s.reason()).containsExactly(
                "stacks/grafana/main.tf:15 module.vpc: remote module terraform-aws-modules/vpc/aws is not scanned",
                "stacks/grafana/main.tf:20 module.outside: ../../../elsewhere is outside the scanned directory, "
                        + "so the module is not scanned");
    }

    @Test
    void modulesCallingEachOtherStopWhereTheCircleCloses() {
        TerraformStacks.Loaded loaded = new Stacks()
                .file("stacks/a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n")
                .file("stacks/b/main.tf", """
                        module "a" {
                          source = "../a"
                        }
                        resource "kubernetes_config_map_v1" "b" {
                          metadata { name = "b" }
                        }
                        """).load();
        assertThat(loaded.resources()).hasSize(1);
        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("is already being instantiated on this path").contains("in a circle"));
    }

    @Test
    void aChainOfModulesStopsAtTheDepthLimit() {
        Stacks stacks = new Stacks();
        for (int level = 0; level < TerraformStacks.MAX_MODULE_DEPTH + 2; level++) {
            stacks.file("stacks/m" + level + "/main.tf", "module \"next\" {\n  source = \"../m" + (level + 1) + "\"\n}\n"
                    + "resource \"kubernetes_config_map_v1\" \"c\" {\n  metadata { name = \"m" + level + "\" }\n}\n");
        }
        TerraformStacks.Loaded loaded = stacks.load();
        assertThat(loaded.resources()).hasSize(TerraformStacks.MAX_MODULE_DEPTH + 1);
        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("nest more than 8 deep"));
    }

    @Test
    void forEachNestedInModulesStopsAtTheInstanceBudget() {
        String keys = "{ " + java.util.stream.IntStream.range(0, 30).mapToObj(i -> "k" + i + " = " + i)
                .collect(java.util.stream.Collectors.joining(", ")) + " }";
        TerraformStacks.Loaded loaded = new Stacks()
                .file("stacks/a/main.tf", "module \"b\" {\n  for_each = " + keys + "\n  source = \"../b\"\n}\n")
                .file("stacks/b/main.tf", "module \"c\" {\n  for_each = " + keys + "\n  source = \"../c\"\n}\n")
                .file("stacks/c/main.tf", "module \"d\" {\n  for_each = " + keys + "\n  source = \"../d\"\n}\n")
                .file("stacks/d/main.tf", "resource \"kubernetes_config_map_v1\" \"d\" {\n  metadata { name = \"d\" }\n}\n")
                .load();
        assertThat(loaded.resources().size()).isLessThanOrEqualTo(Evaluation.MAX_MODULE_INSTANCES);
        assertThat(loaded.problems()).anySatisfy(p -> assertThat(p.message()).contains("module instances are not evaluated"));
    }

    @Test
    void helmReleasesAreRecordedInBothSetFormsAndSensitiveValuesAreDropped() {
        TerraformStacks.Loaded loaded = new Stacks()
                .file("stacks/kuma/charts/uptime-kuma/Chart.yaml", "apiVersion: v2\nname: uptime-kuma\nversion: 1.0.0\n")
                .file("stacks/kuma/values.yaml", "replicas: 1\n")
                .file("stacks/kuma/main.tf", """
                        variable "admin_password" {
                          default   = "hunter2-fixture"
                          sensitive = true
                        }
                        resource "helm_release" "v2" {
                          name      = "kuma"
                          namespace = "monitoring"
                          chart     = "${path.module}/charts/uptime-kuma"
                          values    = [file("${path.module}/values.yaml"), yamlencode({ persistence = { enabled = true } })]
                          set {
                            name  = "image.tag"
                            value = "1.23.2"
                          }
                          set_sensitive {
                            name  = "admin.password"
                            value = var.admin_password
                          }
                        }
                        resource "helm_release" "v3" {
                          name       = "redis"
                          repository = "https://charts.bitnami.com/bitnami"
                          chart      = "redis"
                          version    = "19.0.0"
                          set = [{ name = "replica.replicaCount", value = "2" }]
                          set_list = [{ name = "hosts", value = ["a", "b"] }]
                          set_sensitive = [{ name = "auth.password", value = var.admin_password }]
                        }
                        """).load();
        assertThat(loaded.helmReleases()).hasSize(2);
        HelmRelease local = loaded.helmReleases().get(0);
        assertThat(local.name()).isEqualTo("kuma");
        assertThat(local.namespace()).isEqualTo("monitoring");
        assertThat(local.chartPath()).isEqualTo("stacks/kuma/charts/uptime-kuma");
        assertThat(local.values()).extracting(HelmRelease.Values::yaml)
                .containsExactly("replicas: 1\n", "\"persistence\":\n  \"enabled\": true\n");
        assertThat(local.settings()).extracting(Object::toString)
                .containsExactly("image.tag=1.23.2", "admin.password=(sensitive)");
        HelmRelease remote = loaded.helmReleases().get(1);
        assertThat(remote.localChart()).isFalse();
        assertThat(remote.namespace()).isEqualTo("default");
        assertThat(remote.settings()).extracting(s -> s.kind() + " " + s.name() + "=" + s.value())
                .containsExactly("SET replica.replicaCount=2", "SET_LIST hosts={a,b}", "SET_SENSITIVE auth.password=null");
        assertThat(loaded.helmReleases().toString()).doesNotContain("hunter2");
    }

    @Test
    void filesOnDiskAreReadOnlyInsideTheRootAndNeverThroughALinkLeadingOut(@TempDir Path temp) throws IOException {
        Path root = Files.createDirectories(temp.resolve("repo"));
        Path outside = Files.writeString(temp.resolve("secret.txt"), "outside-the-root");
        Files.writeString(root.resolve("inside.txt"), "inside-the-root");
        Path link = root.resolve("link.txt");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException noLinks) {
            link = null;
        }
        Files.write(root.resolve("big.txt"), new byte[RepositoryFiles.MAX_BYTES + 1]);
        RepositoryFiles files = RepositoryFiles.under(root);

        assertThat(files.text("inside.txt")).contains("inside-the-root");
        assertThat(files.text("../secret.txt")).isEmpty();
        assertThat(files.text(outside.toString())).isEmpty();
        assertThat(files.bytes("big.txt")).isEmpty();
        assertThat(files.text("nothing.txt")).isEmpty();
        if (link != null) {
            assertThat(files.text("link.txt")).isEmpty();
        }
        String main = "resource \"kubernetes_config_map_v1\" \"x\" {\n  metadata { name = \"x\" }\n"
                + "  data = { a = file(\"../secret.txt\"), b = file(\"inside.txt\") }\n}\n";
        Files.writeString(root.resolve("main.tf"), main, StandardCharsets.UTF_8);
        TerraformStacks.Loaded loaded = TerraformStacks.load(List.of(new TerraformStacks.Source("main.tf", main)), files,
                new TerraformStacks.Settings(Map.of(), Set.of()));
        assertThat(Stacks.data(loaded, "x", "a").text()).isNull();
        assertThat(Stacks.data(loaded, "x", "b").text()).isEqualTo("inside-the-root");
    }
}
