package dev.plumb.rules.availability;

import dev.plumb.model.LabelSelector;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a workload's pods ask the scheduler to keep them apart: a pod anti-affinity term or a topology
 * spread constraint counts only when its {@code labelSelector} selects the workload's own pods, since the
 * scheduler counts the pods the selector matches, and a selector copied from another workload spreads
 * this one away from those pods, not from its own replicas.
 */
final class Spread {

    /** The workload's spreading as written: whether it spreads, else the first selector that misses its pods. */
    record Verdict(boolean spreads, Optional<Node> strayTerm) {}

    private Spread() {
    }

    static Verdict of(Workload workload) {
        Node spec = workload.podSpec().node();
        Node affinity = spec.get("affinity");
        Node constraints = spec.get("topologySpreadConstraints");
        // A templated affinity or constraint list can't be judged, so it counts.
        if (isOpaque(affinity, true) || isOpaque(affinity.get("podAntiAffinity"), true) || isOpaque(constraints, false)) {
            return new Verdict(true, Optional.empty());
        }
        List<Node> terms = new ArrayList<>();
        Node antiAffinity = affinity.get("podAntiAffinity");
        terms.addAll(antiAffinity.get("requiredDuringSchedulingIgnoredDuringExecution").elements());
        for (Node weighted : antiAffinity.get("preferredDuringSchedulingIgnoredDuringExecution").elements()) {
            terms.add(weighted.get("podAffinityTerm"));
        }
        terms.addAll(constraints.elements());
        Node stray = null;
        for (Node term : terms) {
            if (selectsOwnPods(term, workload)) {
                return new Verdict(true, Optional.empty());
            }
            stray = stray == null ? term : stray;
        }
        return new Verdict(false, Optional.ofNullable(stray));
    }

    /**
     * An absent {@code labelSelector} matches no pod, so it spreads nothing. A selector or pod labels plumb
     * cannot read (templated values) get the benefit of the doubt.
     */
    private static boolean selectsOwnPods(Node term, Workload workload) {
        Node selectorNode = term.get("labelSelector");
        LabelSelector selector = LabelSelector.of(selectorNode);
        Node labels = workload.resource().spec().path("template", "metadata", "labels");
        boolean labelsUnknown = !labels.isMissing() && (!labels.isMap()
                || labels.fields().values().stream().anyMatch(value -> value.text() == null));
        if (selector.isUnreadable() || (labelsUnknown && !selector.matchesNothing())) {
            return true;
        }
        Map<String, String> own = workload.templateLabels();
        return selector.matches(own);
    }

    private static boolean isOpaque(Node node, boolean map) {
        return !node.isMissing() && !node.isNull() && !(map ? node.isMap() : node.isList());
    }
}
