package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.HelmRelease;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** What a helm_release hands the Helm renderer as values: the YAML Terraform would pass, for every way it is written. */
class HelmReleasesTest {

    @Test
    void encodedValuesAreTheYamlOfTheStructureTheyEncode() {
        TerraformStacks.Loaded loaded = new Stacks().file("stacks/app/main.tf", """
                locals {
                  replicas = 2
                }
                resource "helm_release" "app" {
                  name  = "app"
                  chart = "oci://ghcr.io/acme/charts/app"
                  values = [
                    jsonencode({
                      image = { tag = "1.2.3" }
                      ports = [80, 443]
                    }),
                    yamlencode({
                      replicaCount = local.replicas
                      ingress = {
                        enabled = true
                        hosts   = ["a.example.org", "b.example.org"]
                        note    = "say \\"hi\\"\\nthen leave"
                      }
                      empty = {}
                      none  = null
                    }),
                    <<-EOT
                      persistence:
                        enabled: false
                    EOT
                  ]
                }
                """).load();
        List<HelmRelease.Values> values = loaded.helmReleases().get(0).values();

        assertThat(values).extracting(HelmRelease.Values::yaml).containsExactly(
                "{\"image\":{\"tag\":\"1.2.3\"},\"ports\":[80,443]}",
                """
                "replicaCount": 2
                "ingress":
                  "enabled": true
                  "hosts":
                    - "a.example.org"
                    - "b.example.org"
                  "note": "say \\"hi\\"\\nthen leave"
                "empty": {}
                "none": null
                """,
                "persistence:\n  enabled: false\n");
        // Read back as Helm reads a values file: the same structure the code wrote.
        assertThat(yaml(values.get(0))).isEqualTo(Map.of("image", Map.of("tag", "1.2.3"), "ports", List.of(80, 443)));
        Map<String, Object> ingress = new java.util.LinkedHashMap<>();
        ingress.put("enabled", true);
        ingress.put("hosts", List.of("a.example.org", "b.example.org"));
        ingress.put("note", "say \"hi\"\nthen leave");
        Map<String, Object> second = new java.util.LinkedHashMap<>();
        second.put("replicaCount", 2);
        second.put("ingress", ingress);
        second.put("empty", Map.of());
        second.put("none", null);
        assertThat(yaml(values.get(1))).isEqualTo(second);
        assertThat(yaml(values.get(2))).isEqualTo(Map.of("persistence", Map.of("enabled", false)));
        // Each document where it is written, for a finding about it.
        assertThat(values).extracting(v -> v.position().line()).containsExactly(8, 12, 22);
    }

    @Test
    void aDocumentWithAnUnknownValueHasNoText() {
        TerraformStacks.Loaded loaded = new Stacks().file("stacks/app/main.tf", """
                resource "helm_release" "app" {
                  name   = "app"
                  chart  = "oci://ghcr.io/acme/charts/app"
                  values = [yamlencode({ host = data.kubernetes_service.db.spec[0].cluster_ip })]
                }
                """).load();
        // Terraform knows it only at apply time: no text rather than a guess.
        assertThat(loaded.helmReleases().get(0).values()).extracting(HelmRelease.Values::yaml).containsExactly((String) null);
    }

    private static Object yaml(HelmRelease.Values values) {
        return new Load(LoadSettings.builder().build()).loadFromString(values.yaml());
    }
}
