package dev.plumb.rules.availability;

import dev.plumb.model.Node;
import dev.plumb.model.PodSpec;
import java.util.List;
import java.util.Optional;

/** Whether a pod spec can only ever run on one named node: {@code nodeName}, a hostname selector, or a required hostname affinity. */
final class NodePinning {

    static final String HOSTNAME = "kubernetes.io/hostname";

    /** The node, where the pin is written (the finding's line), and how, in the manifest's own words. */
    record Pin(String node, Node at, String how) {}

    private NodePinning() {
    }

    static Optional<Pin> of(PodSpec podSpec) {
        Node spec = podSpec.node();
        Node nodeName = spec.get("nodeName");
        if (nodeName.text() != null && !nodeName.text().isBlank()) {
            return Optional.of(new Pin(nodeName.text(), nodeName, "nodeName"));
        }
        Node hostname = spec.path("nodeSelector").get(HOSTNAME);
        if (hostname.text() != null && !hostname.text().isBlank()) {
            return Optional.of(new Pin(hostname.text(), hostname, "nodeSelector " + HOSTNAME));
        }
        return requiredAffinity(spec.path("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution",
                "nodeSelectorTerms").elements());
    }

    /** Terms are alternatives: pinned only when every term allows the same single node. */
    private static Optional<Pin> requiredAffinity(List<Node> terms) {
        Pin first = null;
        for (Node term : terms) {
            Pin pin = singleNode(term);
            if (pin == null || (first != null && !first.node().equals(pin.node()))) {
                return Optional.empty();
            }
            first = first == null ? pin : first;
        }
        return Optional.ofNullable(first);
    }

    private static Pin singleNode(Node term) {
        for (Node expression : term.get("matchExpressions").elements()) {
            String value = oneValueIn(expression, HOSTNAME);
            if (value != null) {
                return new Pin(value, expression, "required nodeAffinity on " + HOSTNAME);
            }
        }
        for (Node field : term.get("matchFields").elements()) {
            String value = oneValueIn(field, "metadata.name");
            if (value != null) {
                return new Pin(value, field, "required nodeAffinity on metadata.name");
            }
        }
        return null;
    }

    private static String oneValueIn(Node expression, String key) {
        List<Node> values = expression.get("values").elements();
        if (!key.equals(expression.get("key").text()) || !"In".equals(expression.get("operator").text())
                || values.size() != 1) {
            return null;
        }
        String value = values.get(0).text();
        return value == null || value.isBlank() ? null : value;
    }
}
