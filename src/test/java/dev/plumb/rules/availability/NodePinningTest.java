package dev.plumb.rules.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.PodSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodePinningTest {

    private static Optional<NodePinning.Pin> pin(String podSpec) {
        String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c, image: busybox}]\n"
                + podSpec.indent(2);
        return NodePinning.of(new PodSpec(YamlLoader.load("pod.yaml", pod).resources().get(0).spec()));
    }

    @Test
    void nodeNameAndHostnameSelectorPin() {
        assertThat(pin("nodeName: gpu-01")).map(NodePinning.Pin::node).contains("gpu-01");
        assertThat(pin("nodeSelector: {kubernetes.io/hostname: nuc}")).map(NodePinning.Pin::how)
                .contains("nodeSelector kubernetes.io/hostname");
        assertThat(pin("nodeSelector: {nvidia.com/gpu.present: \"true\"}")).isEmpty();
    }

    @Test
    void requiredAffinityPinsOnlyWhenEveryTermAllowsTheSameSingleNode() {
        assertThat(pin(affinity("In", "[tower]", "[tower]"))).map(NodePinning.Pin::node).contains("tower");
        assertThat(pin(affinity("In", "[tower, nuc]", "[tower]"))).isEmpty();
        assertThat(pin(affinity("In", "[tower]", "[nuc]"))).isEmpty();
        assertThat(pin(affinity("NotIn", "[tower]", "[tower]"))).isEmpty();
    }

    /** Two alternative terms: a hostname expression (next to an unrelated one), and a match on the node's name. */
    private static String affinity(String operator, String hostnames, String nodeNames) {
        return """
                affinity:
                  nodeAffinity:
                    requiredDuringSchedulingIgnoredDuringExecution:
                      nodeSelectorTerms:
                        - matchExpressions:
                            - {key: kubernetes.io/arch, operator: In, values: [amd64]}
                            - {key: kubernetes.io/hostname, operator: %s, values: %s}
                        - matchFields:
                            - {key: metadata.name, operator: In, values: %s}
                """.formatted(operator, hostnames, nodeNames);
    }
}
