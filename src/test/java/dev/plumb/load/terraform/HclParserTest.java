package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.ScalarNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HclParserTest {

    private static final String DEPLOYMENT = """
            # The web front end
            resource "kubernetes_deployment_v1" "web" {
              count = 1

              metadata {
                name      = "web"
                namespace = "apps" // where it lives
                labels = {
                  app = "web"
                  "app.kubernetes.io/part-of" = "shop"
                }
              }

              spec {
                replicas = 2
                template {
                  metadata {
                    labels = { app = "web" }
                  }
                  spec {
                    container {
                      name  = "app"
                      image = "nginx:1.27.3"
                      args  = ["--port", 8080, true]
                      env {
                        name  = "MODE"
                        value = "prod"
                      }
                      env {
                        name  = "HOST"
                        value = "${local.host}-x"
                      }
                      dynamic "env" {
                        for_each = var.extra_env
                        content {
                          name  = env.key
                          value = env.value
                        }
                      }
                      resources {
                        limits = {
                          cpu    = "500m"
                          memory = "256Mi"
                        }
                      }
                    }
                    /* a sidecar,
                       added later */
                    container {
                      name  = "sidecar"
                      image = var.sidecar_image
                    }
                  }
                }
              }
            }
            """;

    private static HclFile parse(String text) {
        return HclParser.parse("stack/main.tf", text);
    }

    private static MapNode only(Node list) {
        assertThat(list.elements()).hasSize(1);
        return (MapNode) list.get(0);
    }

    @Test
    void readsTopLevelBlocksWithTypeLabelsAndPosition() {
        HclFile file = parse(DEPLOYMENT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.path()).isEqualTo("stack/main.tf");
        assertThat(file.blocks()).hasSize(1);
        HclBlock web = file.blocks().get(0);
        assertThat(web.type()).isEqualTo("resource");
        assertThat(web.labels()).containsExactly("kubernetes_deployment_v1", "web");
        assertThat(web.position().line()).isEqualTo(2);
        assertThat(web.position().column()).isEqualTo(1);
        assertThat(web.position().file()).isEqualTo("stack/main.tf");
        assertThat(web.endLine()).isEqualTo(56);
        assertThat(web.body().line()).isEqualTo(2);
    }

    @Test
    void attributesAndNestedBlocksKeepTheirLines() {
        MapNode body = parse(DEPLOYMENT).blocks().get(0).body();

        assertThat(body.fields().keySet()).containsExactly("count", "metadata", "spec");
        assertThat(body.get("count").text()).isEqualTo("1");
        assertThat(body.keyPosition("count").line()).isEqualTo(3);
        assertThat(body.keyPosition("count").column()).isEqualTo(3);

        MapNode metadata = only(body.get("metadata"));
        assertThat(body.keyPosition("metadata").line()).isEqualTo(5);
        assertThat(metadata.line()).isEqualTo(5);
        assertThat(metadata.endLine()).isEqualTo(12);
        assertThat(metadata.get("namespace").text()).isEqualTo("apps");
        assertThat(metadata.keyPosition("namespace").line()).isEqualTo(7);
        assertThat(metadata.get("labels").path("app.kubernetes.io/part-of").text()).isEqualTo("shop");
        assertThat(((MapNode) metadata.get("labels")).keyPosition("app.kubernetes.io/part-of").line()).isEqualTo(10);

        MapNode podSpec = only(only(only(body.get("spec")).get("template")).get("spec"));
        assertThat(podSpec.line()).isEqualTo(20);
        Node containers = podSpec.get("container");
        assertThat(containers.elements()).hasSize(2);
        assertThat(containers.line()).isEqualTo(21);
        assertThat(containers.endLine()).isEqualTo(52);
        MapNode app = (MapNode) containers.get(0);
        assertThat(app.line()).isEqualTo(21);
        assertThat(app.endLine()).isEqualTo(46);
        assertThat(app.get("image").text()).isEqualTo("nginx:1.27.3");
        assertThat(app.get("image").line()).isEqualTo(23);
        assertThat(app.get("image").position().column()).isEqualTo(19);
        assertThat(app.keyPosition("image").column()).isEqualTo(11);
        MapNode sidecar = (MapNode) containers.get(1);
        assertThat(sidecar.line()).isEqualTo(49);
        assertThat(sidecar.keyPosition("image").line()).isEqualTo(51);
        assertThat(sidecar.get("image").text()).isNull();
    }

    @Test
    void valuesBecomeTypedScalarsListsAndMaps() {
        MapNode app = (MapNode) only(only(only(parse(DEPLOYMENT).blocks().get(0).body().get("spec"))
                .get("template")).get("spec")).get("container").get(0);

        Node args = app.get("args");
        assertThat(args.isList()).isTrue();
        assertThat(args.line()).isEqualTo(24);
        assertThat(args.get(0).text()).isEqualTo("--port");
        assertThat(type(args.get(1))).isEqualTo(ScalarNode.Type.NUMBER);
        assertThat(args.get(1).text()).isEqualTo("8080");
        assertThat(type(args.get(2))).isEqualTo(ScalarNode.Type.BOOLEAN);

        MapNode limits = (MapNode) only(app.get("resources")).get("limits");
        assertThat(limits.line()).isEqualTo(41);
        assertThat(limits.endLine()).isEqualTo(44);
        assertThat(limits.stringMap()).containsExactly(
                java.util.Map.entry("cpu", "500m"), java.util.Map.entry("memory", "256Mi"));
        assertThat(limits.keyPosition("memory").line()).isEqualTo(43);
    }

    @Test
    void repeatedBlocksAndDynamicBlocksShareOneList() {
        MapNode app = (MapNode) only(only(only(parse(DEPLOYMENT).blocks().get(0).body().get("spec"))
                .get("template")).get("spec")).get("container").get(0);

        Node env = app.get("env");
        assertThat(env.elements()).hasSize(3);
        assertThat(env.get(0).path("name").text()).isEqualTo("MODE");
        assertThat(env.get(0).line()).isEqualTo(25);
        assertThat(type(env.get(1).get("value"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(env.get(1).get("value").line()).isEqualTo(31);
        MapNode dynamic = (MapNode) env.get(2);
        assertThat(dynamic.line()).isEqualTo(33);
        assertThat(dynamic.get("@dynamic").text()).isEqualTo("true");
        assertThat(dynamic.has("for_each")).isFalse();
        assertThat(type(dynamic.get("name"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(dynamic.keyPosition("value").line()).isEqualTo(37);
    }

    @Test
    void nestedBlockLabelsAndEveryKindOfTopLevelBlock() {
        HclFile file = parse("""
                terraform {
                  required_providers {
                    kubernetes = { source = "hashicorp/kubernetes", version = "~> 2.31" }
                  }
                }
                provider "kubernetes" { config_path = "~/.kube/config" }
                variable "replicas" {
                  type    = number
                  default = -3
                }
                locals {
                  tags    = ["a", "b",]
                  nothing = null
                  ratio   = 1.5e3
                  on      = false
                  word    = (\"grouped\")
                }
                data "kubernetes_namespace_v1" "apps" {}
                module "ingress" {
                  source = "./modules/ingress"
                  hosts  = [for h in var.hosts : upper(h)]
                }
                output "name" { value = kubernetes_namespace_v1.apps.metadata[0].name }
                resource "kubernetes_manifest" "crd" {
                  manifest = {
                    apiVersion = "v1"
                    kind       = "ConfigMap"
                    data       = { key = "value" }
                  }
                  provisioner "local-exec" { command = "echo hi" }
                }
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(file.blocks()).extracting(HclBlock::type)
                .containsExactly("terraform", "provider", "variable", "locals", "data", "module", "output", "resource");
        assertThat(file.blocks()).extracting(HclBlock::position).extracting(p -> p.line())
                .containsExactly(1, 6, 7, 11, 18, 19, 23, 24);
        HclBlock terraform = file.blocks().get(0);
        assertThat(terraform.labels()).isEmpty();
        assertThat(terraform.endLine()).isEqualTo(5);
        assertThat(terraform.body().path("required_providers").get(0).path("kubernetes", "version").text())
                .isEqualTo("~> 2.31");
        assertThat(file.blocks().get(1).body().get("config_path").line()).isEqualTo(6);

        MapNode variable = file.blocks().get(2).body();
        assertThat(type(variable.get("type"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(variable.get("default").text()).isEqualTo("-3");
        assertThat(type(variable.get("default"))).isEqualTo(ScalarNode.Type.NUMBER);

        MapNode locals = file.blocks().get(3).body();
        assertThat(locals.get("tags").elements()).extracting(Node::text).containsExactly("a", "b");
        assertThat(locals.get("nothing").isNull()).isTrue();
        assertThat(type(locals.get("nothing"))).isEqualTo(ScalarNode.Type.NULL);
        assertThat(locals.get("ratio").text()).isEqualTo("1.5e3");
        assertThat(locals.get("on").isFalse()).isTrue();
        assertThat(locals.get("word").text()).isEqualTo("grouped");

        assertThat(file.blocks().get(4).labels()).containsExactly("kubernetes_namespace_v1", "apps");
        assertThat(file.blocks().get(4).body().fields()).isEmpty();
        assertThat(type(file.blocks().get(5).body().get("hosts"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(type(file.blocks().get(6).body().get("value"))).isEqualTo(ScalarNode.Type.UNKNOWN);

        MapNode manifest = file.blocks().get(7).body();
        assertThat(manifest.path("manifest", "data", "key").text()).isEqualTo("value");
        assertThat(manifest.path("manifest", "kind").line()).isEqualTo(27);
        MapNode provisioner = (MapNode) manifest.get("provisioner").get(0);
        assertThat(provisioner.line()).isEqualTo(30);
        assertThat(provisioner.get("@labels").elements()).extracting(Node::text).containsExactly("local-exec");
        assertThat(provisioner.get("@labels").line()).isEqualTo(30);
        assertThat(provisioner.get("command").text()).isEqualTo("echo hi");
    }

    @Test
    void decodesStringsAndHeredocsWithoutInterpolation() {
        HclFile file = parse("""
                locals {
                  quoted  = "tab\\there \\"q\\" $${not_a_ref}"
                  script  = <<EOT
                #!/bin/sh
                echo "$${HOME}"
                EOT
                  indented = <<-EOT
                    first
                      second
                    EOT
                  templated = <<EOT
                hello ${var.name}
                EOT
                  computed_key = { (var.k) = 1, fixed = 2 }
                  after = "still read"
                }
                """);

        assertThat(file.problems()).isEmpty();
        MapNode locals = file.blocks().get(0).body();
        assertThat(locals.get("quoted").text()).isEqualTo("tab\there \"q\" ${not_a_ref}");
        assertThat(locals.get("script").text()).isEqualTo("#!/bin/sh\necho \"${HOME}\"\n");
        assertThat(locals.get("script").line()).isEqualTo(3);
        assertThat(locals.get("script").endLine()).isEqualTo(6);
        assertThat(locals.get("indented").text()).isEqualTo("first\n  second\n");
        assertThat(type(locals.get("templated"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(type(locals.get("computed_key"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(locals.keyPosition("after").line()).isEqualTo(15);
    }

    @Test
    void aSyntaxErrorIsOneProblemWithItsLineAndNoSourceText() {
        HclFile file = parse("""
                resource "kubernetes_namespace_v1" "apps" {
                  metadata { name = "apps" }
                }

                resource "kubernetes_secret_v1" "db" {
                  data = { password = = "hunter2-secret" }
                }
                """);

        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).position().line()).isEqualTo(6);
        assertThat(file.problems().get(0).position().file()).isEqualTo("stack/main.tf");
        assertThat(file.problems().get(0).message()).startsWith("syntax error").doesNotContain("hunter2", "'='");
        assertThat(file.blocks()).extracting(HclBlock::labels).containsExactly(java.util.List.of("kubernetes_namespace_v1", "apps"));
    }

    @Test
    void unicodeEscapesAreAGapOfTheGrammarReportedAsAProblem() {
        HclFile file = parse("locals {\n  name = \"caf\\u00e9\"\n}\n");

        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).position().line()).isEqualTo(2);
    }

    @Test
    void anUnclosedBlockIsAProblem() {
        HclFile file = parse("resource \"a\" \"b\" {\n  x = 1\n");

        assertThat(file.problems()).hasSize(1);
        // reported where the block that never closes opens, as Terraform does
        assertThat(file.problems().get(0).position().line()).isEqualTo(1);
        assertThat(file.blocks()).isEmpty();
    }

    @Test
    void balancedTemplateDirectivesParseAndTheirTemplatesAreUnknown() {
        HclFile file = parse("""
                locals {
                  greeting = "%{ if var.formal }Dear%{ else }Hi%{ endif } user"
                  plain    = "hello"
                  list     = <<-EOT
                    %{~ for p in var.peers ~}
                    peer ${p}
                    %{~ endfor ~}
                  EOT
                  after    = "kept"
                }
                """);

        assertThat(file.problems()).isEmpty();
        MapNode locals = file.blocks().get(0).body();
        assertThat(type(locals.get("greeting"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(type(locals.get("list"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(locals.get("plain").text()).isEqualTo("hello");
        assertThat(locals.keyPosition("after").line()).isEqualTo(9);
    }

    @Test
    void anUnclosedDirectiveIsAProblemOnItsLineAndTheOtherBlocksAreRead() {
        HclFile file = parse("""
                locals {
                  ok = 1
                }
                locals {
                  greeting = "%{ if var.formal }Dear%{ else }Hi user"
                }
                locals {
                  later = 2
                }
                """);

        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).position().line()).isEqualTo(5);
        assertThat(file.problems().get(0).message()).doesNotContain("%{ if");
        assertThat(file.blocks()).hasSize(2);
        assertThat(file.blocks().get(1).body().keyPosition("later").line()).isEqualTo(8);
    }

    @Test
    void aHeredocLineEndingInItsDelimiterKeepsTheFileAndItsLines() {
        HclFile file = parse("""
                locals {
                  script = <<-EOF
                    cat <<-KUBEEOF > /tmp/x
                      server: here
                    KUBEEOF
                  EOF
                  after = "kept"
                }
                resource "kubernetes_namespace_v1" "ns" {
                  metadata { name = "apps" }
                }
                """);

        assertThat(file.problems()).isEmpty();
        MapNode locals = file.blocks().get(0).body();
        assertThat(type(locals.get("script"))).isEqualTo(ScalarNode.Type.UNKNOWN);
        assertThat(locals.keyPosition("after").line()).isEqualTo(7);
        assertThat(file.blocks().get(1).position().line()).isEqualTo(9);
    }

    @Test
    void aRegularExpressionHeredocInAFunctionCallParses() {
        HclFile file = parse("""
                locals {
                  pattern = trimspace(<<-EOT
                    ^https:\\/\\/[\\w.]+\\/[\\w.\\/]+$
                  EOT
                  )
                  after = "kept"
                }
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(file.blocks().get(0).body().keyPosition("after").line()).isEqualTo(6);
    }

    @Test
    void aBrokenBlockCostsOnlyItselfWithOneProblemOnItsFirstLine() {
        HclFile file = parse("""
                resource "kubernetes_namespace_v1" "before" {
                  metadata { name = "before" }
                }

                resource "kubernetes_deployment_v1" "broken" {
                  spec {
                    replicas = 1
                }

                resource "kubernetes_namespace_v1" "after" {
                  metadata { name = "after" }
                }
                """);

        // the broken block swallows the one after it, as for Terraform; the one before is read
        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).position().line()).isEqualTo(5);
        assertThat(file.blocks()).extracting(b -> b.labels().get(1)).containsExactly("before");
    }

    @Test
    void emptyAndCommentOnlyFilesHaveNoBlocks() {
        assertThat(parse("").blocks()).isEmpty();
        assertThat(parse("").problems()).isEmpty();
        HclFile comments = parse("# nothing\n// here\n/* at\n all */\n");
        assertThat(comments.blocks()).isEmpty();
        assertThat(comments.problems()).isEmpty();
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkKeepLines() {
        HclFile file = parse("\uFEFFlocals {\r\n  a = 1\r\n\r\n  b = \"x\"\r\n}\r\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.blocks().get(0).body().keyPosition("b").line()).isEqualTo(4);
        assertThat(file.blocks().get(0).body().get("b").text()).isEqualTo("x");
    }

    @Test
    void binaryGarbageIsAProblemNotAnException() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        HclFile file = parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(file.problems()).isNotEmpty();
        assertThat(file.problems().get(0).position().line()).isPositive();
    }

    @Test
    void deeplyNestedInputIsAProblemNotAnException() {
        HclFile file = parse("locals { x = " + "[".repeat(5_000) + " }");

        assertThat(file.problems()).hasSize(1);
    }

    @Test
    void aLargeFileParsesWithExactLines() {
        StringBuilder text = new StringBuilder();
        int blocks = 0;
        // Just under what the loader accepts (TerraformLoader.MAX_CHARACTERS).
        while (text.length() < 500_000) {
            text.append("resource \"kubernetes_config_map_v1\" \"c").append(blocks++).append("\" {\n")
                    .append("  metadata {\n    name = \"c\"\n    labels = { app = \"x\", tier = \"y\" }\n  }\n")
                    .append("  data = {\n    \"config.yaml\" = \"key: value\"\n    other = var.other\n  }\n}\n\n");
        }
        HclFile file = parse(text.toString());

        assertThat(file.problems()).isEmpty();
        assertThat(file.blocks()).hasSize(blocks);
        HclBlock last = file.blocks().get(blocks - 1);
        assertThat(last.position().line()).isEqualTo((blocks - 1) * 11 + 1);
        assertThat(last.body().path("data").get("config.yaml").line()).isEqualTo((blocks - 1) * 11 + 7);
    }

    private static ScalarNode.Type type(Node node) {
        assertThat(node).isInstanceOf(ScalarNode.class);
        if (node.isNull()) {
            return ScalarNode.Type.NULL;
        }
        return node.toString().equals("<unknown>") ? ScalarNode.Type.UNKNOWN
                : node.text().matches("-?[0-9.eE+]+") ? ScalarNode.Type.NUMBER
                : node.isTrue() || node.isFalse() ? ScalarNode.Type.BOOLEAN : ScalarNode.Type.STRING;
    }
}
