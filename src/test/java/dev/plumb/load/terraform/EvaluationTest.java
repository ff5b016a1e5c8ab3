package dev.plumb.load.terraform;

import static dev.plumb.load.terraform.Stacks.data;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a stack's expressions evaluate to, and where evaluation stops at Unknown. */
class EvaluationTest {

    private static String text(TerraformStacks.Loaded loaded, String key) {
        return data(loaded, "probe", key).text();
    }

    @Test
    void variablesTakeTheirDefaultThenTfvarsThenAutoTfvarsThenConfiguredFiles() {
        TerraformStacks.Loaded loaded = Stacks.probe("""
                variable "a" { default = "from-default" }
                variable "b" { default = "from-default" }
                variable "c" { default = "from-default" }
                variable "d" { default = "from-default" }
                variable "e" {}
                """, """
                a = var.a
                b = var.b
                c = var.c
                d = var.d
                e = var.e
                undeclared = var.nobody
                """)
                .file("stack/terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\n")
                .file("stack/z.auto.tfvars", "c = \"auto\"\nd = \"auto\"\n")
                .file("envs/prod.tfvars", "d = \"configured\"\n")
                .load(Map.of("stack", List.of("envs/prod.tfvars")));

        assertThat(text(loaded, "a")).isEqualTo("from-default");
        assertThat(text(loaded, "b")).isEqualTo("tfvars");
        assertThat(text(loaded, "c")).isEqualTo("auto");
        assertThat(text(loaded, "d")).isEqualTo("configured");
        assertThat(text(loaded, "e")).isNull();
        assertThat(text(loaded, "undeclared")).isNull();
    }

    @Test
    void optionalAttributesOfAnObjectTypeTakeTheirDeclaredDefault() {
        TerraformStacks.Loaded loaded = Stacks.probe("""
                variable "apps" {
                  type = map(object({
                    image    = string
                    enabled  = optional(bool, true)
                    replicas = optional(number)
                    ports    = optional(list(object({ port = number, tls = optional(bool, false) })), [])
                  }))
                  default = {
                    web = { image = "nginx:1.27", ports = [{ port = 80 }] }
                    old = { image = "nginx:1.19", enabled = false }
                  }
                }
                """, """
                enabled  = join(",", [for k, v in var.apps : k if v.enabled])
                replicas = var.apps.web.replicas == null ? "unset" : "set"
                tls      = tostring(var.apps.web.ports[0].tls)
                ports    = tostring(length(var.apps.old.ports))
                """).load();

        assertThat(text(loaded, "enabled")).isEqualTo("web");
        assertThat(text(loaded, "replicas")).isEqualTo("unset");
        assertThat(text(loaded, "tls")).isEqualTo("false");
        assertThat(text(loaded, "ports")).isEqualTo("0");
    }

    @Test
    void anEvaluatedValueSitsOnTheLineThatUsesItAndIsMarkedDerived() {
        TerraformStacks.Loaded loaded = Stacks.probe("variable \"tag\" { default = \"latest\" }\n", """
                written = "literal"
                computed = var.tag
                """).load();
        Node written = data(loaded, "probe", "written");
        Node computed = data(loaded, "probe", "computed");
        assertThat(written.isDerived()).isFalse();
        assertThat(computed.isDerived()).isTrue();
        assertThat(computed.line()).isEqualTo(written.line() + 1);
        assertThat(computed.file()).isEqualTo("stack/main.tf");
    }

    @Test
    void templatesInterpolateKnownPartsAndDecodeEscapes() {
        TerraformStacks.Loaded loaded = Stacks.probe("""
                variable "name" { default = "shop" }
                variable "port" { default = 8080 }
                """, """
                host = "${var.name}-web.example.net"
                url  = "http://${var.name}:${var.port}/\\t$${literal}"
                unknown = "${data.x.y}-web"
                heredoc = <<-EOT
                  name: ${var.name}
                  port: ${var.port}
                EOT
                """).load();
        assertThat(text(loaded, "host")).isEqualTo("shop-web.example.net");
        assertThat(text(loaded, "url")).isEqualTo("http://shop:8080/\t${literal}");
        assertThat(text(loaded, "unknown")).isNull();
        assertThat(text(loaded, "heredoc")).isEqualTo("name: shop\nport: 8080\n");
    }

    @Test
    void localsReferToEachOtherAndACycleIsUnknown() {
        TerraformStacks.Loaded loaded = Stacks.probe("""
                locals {
                  base   = "shop"
                  full   = "${local.base}-api"
                  labels = { app = local.full, tier = "backend" }
                  ping   = local.pong
                  pong   = local.ping
                }
                """, """
                full  = local.full
                app   = local.labels.app
                tier  = local.labels["tier"]
                cycle = local.ping
                """).load();
        assertThat(text(loaded, "full")).isEqualTo("shop-api");
        assertThat(text(loaded, "app")).isEqualTo("shop-api");
        assertThat(text(loaded, "tier")).isEqualTo("backend");
        assertThat(text(loaded, "cycle")).isNull();
    }

    @Test
    void valuesThatDoubleAtEveryReferenceStopAsUnknownInsteadOfGrowingWithoutBound() {
        StringBuilder locals = new StringBuilder("locals {\n  l0 = [\"x\", \"y\"]\n");
        for (int i = 1; i <= 40; i++) {
            locals.append("  l").append(i).append(" = [local.l").append(i - 1).append(", local.l").append(i - 1).append("]\n");
        }
        locals.append("  s0 = \"ab\"\n");
        for (int i = 1; i <= 40; i++) {
            locals.append("  s").append(i).append(" = \"${local.s").append(i - 1).append("}${local.s").append(i - 1).append("}\"\n");
        }
        locals.append("}\n");
        TerraformStacks.Loaded loaded = Stacks.probe(locals.toString(), """
                small = jsonencode(local.l2)
                huge  = jsonencode(local.l40)
                short = local.s2
                long  = local.s40
                """).load();
        assertThat(text(loaded, "short")).isEqualTo("abababab");
        assertThat(text(loaded, "long")).isNull();
        assertThat(text(loaded, "small")).isEqualTo("[[[\"x\",\"y\"],[\"x\",\"y\"]],[[\"x\",\"y\"],[\"x\",\"y\"]]]");
        assertThat(text(loaded, "huge")).isNull();
    }

    @Test
    void referencesReadAnotherResourceOfTheStack() {
        TerraformStacks.Loaded loaded = Stacks.probe("""
                resource "kubernetes_namespace_v1" "apps" {
                  metadata {
                    name = "apps"
                  }
                }
                resource "kubernetes_service_v1" "web" {
                  metadata {
                    name      = "web"
                    namespace = kubernetes_namespace_v1.apps.metadata[0].name
                  }
                }
                resource "random_password" "db" {
                  length = 24
                }
                """, """
                namespace = kubernetes_namespace_v1.apps.metadata[0].name
                legacy    = kubernetes_namespace_v1.apps.metadata.0.name
                id        = kubernetes_namespace_v1.apps.id
                service   = kubernetes_service_v1.web.id
                password  = random_password.db.result
                length    = random_password.db.length
                missing   = kubernetes_namespace_v1.nobody.id
                data      = data.kubernetes_namespace.x.id
                """).load();
        assertThat(text(loaded, "namespace")).isEqualTo("apps");
        assertThat(text(loaded, "legacy")).isEqualTo("apps");
        assertThat(text(loaded, "id")).isEqualTo("apps");
        assertThat(text(loaded, "service")).isEqualTo("apps/web");
        assertThat(text(loaded, "password")).isNull();
        assertThat(text(loaded, "length")).isEqualTo("24");
        assertThat(text(loaded, "missing")).isNull();
        assertThat(text(loaded, "data")).isNull();
        assertThat(loaded.resources()).anySatisfy(r -> assertThat(r.id()).isEqualTo("Service/apps/web"));
    }

    @Test
    void operatorsFollowHclPrecedenceAndConditionalsNeedAKnownCondition() {
        TerraformStacks.Loaded loaded = Stacks.probe("""
                variable "env" { default = "prod" }
                variable "replicas" { default = 3 }
                """, """
                sum        = 1 + 2 * 3
                grouped    = (1 + 2) * 3
                logic      = var.env == "prod" && var.replicas > 2
                not        = !(var.env == "dev")
                choice     = var.env == "prod" ? "big" : "small"
                unknownIf  = data.x.enabled ? "a" : "b"
                shortcut   = false && data.x.enabled
                divide     = 7 / 2
                """).load();
        assertThat(text(loaded, "sum")).isEqualTo("7");
        assertThat(text(loaded, "grouped")).isEqualTo("9");
        assertThat(text(loaded, "logic")).isEqualTo("true");
        assertThat(text(loaded, "not")).isEqualTo("true");
        assertThat(text(loaded, "choice")).isEqualTo("big");
        assertThat(text(loaded, "unknownIf")).isNull();
        assertThat(text(loaded, "shortcut")).isEqualTo("false");
        assertThat(text(loaded, "divide")).isEqualTo("3.5");
    }

    @Test
    void forExpressionsOverKnownCollections() {
        TerraformStacks.Loaded loaded = Stacks.probe("""
                variable "names" { default = ["a", "b", "c"] }
                variable "ports" { default = { http = 80, https = 443 } }
                """, """
                upper  = join(",", [for n in var.names : upper(n) if n != "b"])
                keys   = join(",", [for k, v in var.ports : "${k}=${v}"])
                object = lookup({ for k, v in var.ports : v => k }, "443", "none")
                splat  = join(",", [{ n = "x" }, { n = "y" }][*].n)
                unknown = join(",", [for n in data.x.list : n])
                """).load();
        assertThat(text(loaded, "upper")).isEqualTo("A,C");
        assertThat(text(loaded, "keys")).isEqualTo("http=80,https=443");
        assertThat(text(loaded, "object")).isEqualTo("https");
        assertThat(text(loaded, "splat")).isEqualTo("x,y");
        assertThat(text(loaded, "unknown")).isNull();
    }

    @Test
    void stringAndCollectionFunctions() {
        TerraformStacks.Loaded loaded = Stacks.probe("variable \"empty\" { default = \"\" }\n", """
                lower     = lower("ABC")
                upper     = upper("abc")
                format    = format("%s-%d-%%-%q", "web", 3, "x")
                badFormat = format("%08.3f", 1)
                join      = join("-", ["a", "b"], ["c"])
                concat    = join(",", concat(["a"], ["b", "c"]))
                merge     = merge({ a = "1", b = "1" }, { b = "2" }).b
                lookup    = lookup({ a = "1" }, "z", "fallback")
                coalesce  = coalesce(var.empty, null, "third")
                tostring  = tostring(5)
                tonumber  = tonumber("42") + 1
                trim      = trimspace("  padded  ")
                replace   = replace("a-b-c", "-", "_")
                regex     = replace("a-b", "/-/", "_")
                length    = length(["a", "b"])
                split     = element(split(",", "x,y,z"), 1)
                b64       = base64encode("hi")
                unknownFn = timestamp()
                unknownArg = lower(data.x.name)
                """).load();
        assertThat(text(loaded, "lower")).isEqualTo("abc");
        assertThat(text(loaded, "upper")).isEqualTo("ABC");
        assertThat(text(loaded, "format")).isEqualTo("web-3-%-\"x\"");
        assertThat(text(loaded, "badFormat")).isNull();
        assertThat(text(loaded, "join")).isEqualTo("a-b-c");
        assertThat(text(loaded, "concat")).isEqualTo("a,b,c");
        assertThat(text(loaded, "merge")).isEqualTo("2");
        assertThat(text(loaded, "lookup")).isEqualTo("fallback");
        assertThat(text(loaded, "coalesce")).isEqualTo("third");
        assertThat(text(loaded, "tostring")).isEqualTo("5");
        assertThat(text(loaded, "tonumber")).isEqualTo("43");
        assertThat(text(loaded, "trim")).isEqualTo("padded");
        assertThat(text(loaded, "replace")).isEqualTo("a_b_c");
        assertThat(text(loaded, "regex")).isNull();
        assertThat(text(loaded, "length")).isEqualTo("2");
        assertThat(text(loaded, "split")).isEqualTo("y");
        assertThat(text(loaded, "b64")).isEqualTo("aGk=");
        assertThat(text(loaded, "unknownFn")).isNull();
        assertThat(text(loaded, "unknownArg")).isNull();
    }

    @Test
    void encodersAndDecoders() {
        TerraformStacks.Loaded loaded = Stacks.probe("", """
                json    = jsonencode({ name = "web", replicas = 2, tags = ["a"], on = true })
                yaml    = yamlencode({ name = "web", ports = [80] })
                decoded = jsondecode("{\\"a\\": {\\"b\\": \\"deep\\"}}").a.b
                yamldec = yamldecode("k: v\\nlist: [1, 2]\\n").list[1]
                partial = jsonencode({ name = data.x.name })
                str     = tostring(jsonencode({ insecure = true }))
                """).load();
        assertThat(text(loaded, "json")).isEqualTo("{\"name\":\"web\",\"replicas\":2,\"tags\":[\"a\"],\"on\":true}");
        assertThat(text(loaded, "yaml")).isEqualTo("\"name\": \"web\"\n\"ports\":\n  - 80\n");
        assertThat(text(loaded, "decoded")).isEqualTo("deep");
        assertThat(text(loaded, "yamldec")).isEqualTo("2");
        assertThat(text(loaded, "partial")).isNull();
        // tostring of a string is that string: the document it encodes stays readable key by key.
        assertThat(text(loaded, "str")).isEqualTo("{\"insecure\":true}");
        assertThat(data(loaded, "probe", "str").decoded().get("insecure").text()).isEqualTo("true");
    }

    @Test
    void fileFunctionsReadOnlyInsideTheRoot() {
        TerraformStacks.Loaded loaded = Stacks.probe("", """
                inside   = file("${path.module}/conf/app.conf")
                relative = file("conf/app.conf")
                b64      = filebase64("${path.module}/conf/app.conf")
                exists   = fileexists("${path.module}/conf/app.conf")
                missing  = file("${path.module}/conf/none.conf")
                escape   = file("../../etc/passwd")
                absolute = file("/etc/passwd")
                """).file("stack/conf/app.conf", "level=info\n").load();
        assertThat(text(loaded, "inside")).isEqualTo("level=info\n");
        assertThat(text(loaded, "relative")).isEqualTo("level=info\n");
        assertThat(text(loaded, "b64")).isEqualTo("bGV2ZWw9aW5mbwo=");
        assertThat(text(loaded, "exists")).isEqualTo("true");
        assertThat(text(loaded, "missing")).isNull();
        assertThat(text(loaded, "escape")).isNull();
        assertThat(text(loaded, "absolute")).isNull();
    }

    @Test
    void templatefileRendersInterpolationLoopsAndConditions() {
        TerraformStacks.Loaded loaded = Stacks.probe("variable \"debug\" { default = true }\n", """
                rendered = templatefile("${path.module}/app.tftpl", { name = "web", hosts = ["a", "b"], debug = var.debug })
                unknown  = templatefile("${path.module}/app.tftpl", { name = data.x.name, hosts = [], debug = false })
                """).file("stack/app.tftpl", """
                name: ${name}
                hosts:
                %{ for h in hosts ~}
                  - ${h}.example.net
                %{ endfor ~}
                %{ if debug }level: debug%{ else }level: info%{ endif }
                """).load();
        // "~}" strips every blank after it, the line break and the next line's indentation too, as Terraform does.
        assertThat(text(loaded, "rendered")).isEqualTo("name: web\nhosts:\n- a.example.net\n- b.example.net\nlevel: debug\n");
        assertThat(text(loaded, "unknown")).isNull();
    }

    @Test
    void aManifestDecodedFromAYamlFileKeepsTheLinesOfThatFile() {
        TerraformStacks.Loaded loaded = new Stacks()
                .file("stack/main.tf", """
                        resource "kubernetes_manifest" "web" {
                          manifest = yamldecode(file("${path.module}/web.yaml"))
                        }
                        """)
                .file("stack/web.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                          namespace: shop
                        spec:
                          template:
                            spec:
                              containers:
                                - name: web
                                  image: nginx:latest
                        """).load();
        assertThat(loaded.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.id()).isEqualTo("Deployment/shop/web");
            Node image = resource.spec().path("template", "spec").get("containers").get(0).get("image");
            assertThat(image.file()).isEqualTo("stack/web.yaml");
            assertThat(image.line()).isEqualTo(11);
            assertThat(image.isDerived()).isFalse();
        });
    }

    @Test
    void countZeroCreatesNothingAndAKnownCountOrForEachCreatesEveryInstanceMarkedTemplated() {
        TerraformStacks.Loaded loaded = new Stacks().file("stack/main.tf", """
                variable "enabled" { default = false }
                variable "apps" { default = { web = "nginx:1.27", api = "api:2" } }
                resource "kubernetes_config_map_v1" "off" {
                  count = var.enabled ? 1 : 0
                  metadata { name = "off" }
                }
                resource "kubernetes_config_map_v1" "counted" {
                  count = 2
                  metadata { name = "counted-${count.index}" }
                }
                resource "kubernetes_config_map_v1" "each" {
                  for_each = var.apps
                  metadata { name = "cm-${each.key}" }
                  data = { image = each.value }
                }
                resource "kubernetes_config_map_v1" "none" {
                  for_each = {}
                  metadata { name = "none" }
                }
                resource "kubernetes_config_map_v1" "unknown" {
                  for_each = data.x.map
                  metadata { name = each.key }
                }
                resource "kubernetes_config_map_v1" "plain" {
                  metadata { name = "plain" }
                  data = {
                    first  = kubernetes_config_map_v1.counted[1].metadata[0].name
                    byKey  = kubernetes_config_map_v1.each["api"].data.image
                    fromUnknown = kubernetes_config_map_v1.unknown["x"].id
                  }
                }
                """).load();
        assertThat(Stacks.data(loaded, "plain", "first").text()).isEqualTo("counted-1");
        assertThat(Stacks.data(loaded, "plain", "byKey").text()).isEqualTo("api:2");
        assertThat(Stacks.data(loaded, "plain", "fromUnknown").text()).isNull();
        assertThat(loaded.resources()).extracting(r -> r.name() + ":" + r.origin().templated())
                .containsExactly("counted-0:true", "counted-1:true", "cm-web:true", "cm-api:true", ":true", "plain:false");
        assertThat(Stacks.data(loaded, "cm-api", "image").text()).isEqualTo("api:2");
    }

    @Test
    void dynamicBlocksExpandOverAKnownCollection() {
        TerraformStacks.Loaded loaded = new Stacks().file("stack/main.tf", """
                variable "env" { default = { LOG_LEVEL = "info", MODE = "prod" } }
                resource "kubernetes_deployment_v1" "web" {
                  metadata { name = "web" }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "web"
                          image = "nginx:1.27"
                          dynamic "env" {
                            for_each = var.env
                            content {
                              name  = env.key
                              value = env.value
                            }
                          }
                        }
                      }
                    }
                  }
                }
                """).load();
        assertThat(loaded.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.origin().templated()).isTrue();
            Node env = resource.spec().path("template", "spec").get("containers").get(0).get("env");
            assertThat(env.elements()).extracting(e -> e.get("name").text() + "=" + e.get("value").text())
                    .containsExactly("LOG_LEVEL=info", "MODE=prod");
        });
    }
}
