package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which files the stacks render with templatefile(): templates of the stack, whatever their extension. */
class TemplateFilesReadTest {

    @Test
    void templatesAreFoundWhereverTheCallSitsWhenThePathIsKnown() {
        TerraformStacks.Loaded loaded = new Stacks()
                .file("stacks/apps/main.tf", """
                        variable "name" {}
                        resource "helm_release" "shop" {
                          name   = "shop"
                          chart  = "oci://ghcr.io/acme/charts/shop"
                          values = [templatefile("${path.module}/templates/values.yaml", { ingress = true })]
                        }
                        resource "local_file" "cloud_init" {
                          filename = "out/cloud-init.yaml"
                          content  = templatefile("cloud-init.yaml.tftpl", {})
                        }
                        locals {
                          unknown = templatefile("${path.module}/templates/${var.name}.yaml", {})
                        }
                        output "motd" {
                          value = <<-EOT
                            ${templatefile("${path.root}/motd.tpl", {})}
                          EOT
                        }
                        # templatefile("commented/out.yaml", {})
                        module "web" {
                          source = "../../modules/web"
                        }
                        """)
                .file("modules/web/main.tf", """
                        resource "kubernetes_config_map_v1" "web" {
                          metadata {
                            name      = "web"
                            namespace = "apps"
                          }
                          data = {
                            "app.json" = templatefile("${path.module}/conf/app.json", { port = 8080 })
                          }
                        }
                        """)
                .load();

        assertThat(loaded.templateFiles()).containsExactlyInAnyOrder(
                "stacks/apps/templates/values.yaml",
                "stacks/apps/cloud-init.yaml.tftpl",
                "stacks/apps/motd.tpl",
                "modules/web/conf/app.json");
    }

    @Test
    void aPathOnlyEvaluationKnowsIsRecordedToo() {
        TerraformStacks.Loaded loaded = new Stacks()
                .file("stack/main.tf", """
                        locals {
                          conf = "${path.module}/conf"
                        }
                        resource "kubernetes_config_map_v1" "app" {
                          metadata {
                            name      = "app"
                            namespace = "apps"
                          }
                          data = {
                            "app.yaml" = templatefile("${local.conf}/app.yaml", {})
                          }
                        }
                        """)
                .file("stack/conf/app.yaml", "port: ${port}\n")
                .load();

        assertThat(loaded.templateFiles()).containsExactly("stack/conf/app.yaml");
    }
}
