package dev.plumb.rules.availability;

import dev.plumb.model.LabelSelector;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "selector-template-mismatch",
        title = "Selector does not match the pod template",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "A controller manages the pods its `spec.selector` matches, and Kubernetes rejects one whose "
                + "selector does not match the labels of its own pod template (or is empty, or lists labels outside "
                + "`matchLabels`). The apply fails, a GitOps sync stays red, and the change never ships; since the "
                + "selector is immutable, fixing it on a live object also means deleting and recreating it.",
        fix = """
                Make every label the selector requires part of the pod template's labels, and keep the selector to \
                stable labels (never a version):
                ```yaml
                spec:
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: web
                  template:
                    metadata:
                      labels:
                        app.kubernetes.io/name: web
                        app.kubernetes.io/version: "2.8.1"
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector",
            "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements"
        },
        equivalents = {
            "kube-linter:mismatching-selector",
            "kube-score:deployment-pod-selector-labels-match-template-metadata-labels",
            "kube-score:statefulset-pod-selector-labels-match-template-metadata-labels"
        })
public final class SelectorTemplateMismatch implements PlatformRule {

    private static final List<String> KINDS = List.of(
            "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job");
    private static final Set<String> KUSTOMIZATIONS = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final String REJECTED = ": Kubernetes rejects the object";

    @Override
    public void check(Platform platform, Findings findings) {
        List<String> labelledDirectories = labelledDirectories(platform);
        for (String kind : KINDS) {
            for (Resource resource : platform.ofKind(kind)) {
                String file = resource.origin().file();
                check(resource, labelledDirectories.stream().anyMatch(file::startsWith), findings);
            }
        }
    }

    private static void check(Resource resource, boolean buildAddsLabels, Findings findings) {
        Optional<Workload> workload = Workload.of(resource);
        Node selector = resource.spec().get("selector");
        // No selector: a patch or partial base (apps/v1 requires one), a Job's generated one, or an RC's default.
        if (workload.isEmpty() || selector.isMissing() || selector.isNull() || !readable(workload.get())
                || (resource.isKind("Job") && !resource.spec().get("manualSelector").isTrue())) {
            return;
        }
        Map<String, String> labels = workload.get().templateLabels();
        // kustomize's commonLabels fill an empty selector and a label-less template alike: as written, can't tell.
        if (buildAddsLabels && (labels.isEmpty() || LabelSelector.of(selector).matchesEverything())) {
            return;
        }
        if (resource.isKind("ReplicationController")) {
            checkEquality(resource, selector, labels, findings);
        } else if (selector.isMap()) {
            checkSetBased(resource, selector, labels, findings);
        }
    }

    /**
     * Directories ("" for the root, else ending in '/') of kustomizations that write labels into selectors
     * (commonLabels, or labels with includeSelectors). Only the files at and below one rely on it: an overlay
     * cannot be what makes its base valid, since the base is built on its own too.
     */
    private static List<String> labelledDirectories(Platform platform) {
        List<String> directories = new ArrayList<>();
        for (TextFile file : platform.textFiles()) {
            if (KUSTOMIZATIONS.contains(file.name())
                    && (file.text().contains("commonLabels") || file.text().contains("includeSelectors: true"))) {
                directories.add(file.path().substring(0, file.path().length() - file.name().length()));
            }
        }
        return directories;
    }

    /**
     * A templated label value (or a templated label block) could be anything: can't tell. Flux's
     * {@code ${VAR}} substitution fills both sides before Kubernetes sees them, so it counts as templated too.
     */
    private static boolean readable(Workload workload) {
        Node labels = workload.template().path("metadata", "labels");
        return labels.isMissing() || labels.isNull() || (labels.isMap() && plainValues(labels));
    }

    private static boolean plainValues(Node map) {
        return map.fields().values().stream().allMatch(value -> value.text() != null && !value.text().contains("${"));
    }

    private static void checkEquality(Resource resource, Node selector, Map<String, String> labels, Findings findings) {
        if (!selector.isMap() || !plainValues(selector)) {
            return;
        }
        for (Map.Entry<String, Node> required : selector.fields().entrySet()) {
            if (!required.getValue().text().equals(labels.get(required.getKey()))) {
                report(resource, required.getValue(), required.getKey(), "=" + required.getValue().text(), labels, findings);
                return;
            }
        }
    }

    private static void checkSetBased(Resource resource, Node selector, Map<String, String> labels, Findings findings) {
        for (String key : selector.fields().keySet()) {
            if (!key.equals("matchLabels") && !key.equals("matchExpressions")) {
                findings.report(resource, selector.get(key), resource.id() + " has \"" + key + "\" directly under "
                        + "spec.selector instead of under matchLabels" + REJECTED);
                return;
            }
        }
        LabelSelector parsed = LabelSelector.of(selector);
        if (parsed.isUnreadable() || !plainValues(selector.get("matchLabels"))) {
            return;
        }
        if (parsed.matchesEverything()) {
            // extensions/v1beta1 filled an empty selector from the template; apps/v1 refuses it.
            if (resource.group().equals("apps")) {
                findings.report(resource, selector, resource.id() + " has an empty selector" + REJECTED);
            }
            return;
        }
        if (parsed.matches(labels)) {
            return;
        }
        for (Map.Entry<String, Node> required : selector.get("matchLabels").fields().entrySet()) {
            if (!required.getValue().text().equals(labels.get(required.getKey()))) {
                report(resource, required.getValue(), required.getKey(), "=" + required.getValue().text(), labels, findings);
                return;
            }
        }
        for (Node expression : selector.get("matchExpressions").elements()) {
            String key = expression.get("key").text();
            String operator = expression.get("operator").text();
            List<String> values = expression.get("values").elements().stream().map(Node::text).toList();
            if (!satisfies(labels, key, operator, values)) {
                report(resource, expression, key, " " + operator + (values.isEmpty() ? "" : " " + values), labels, findings);
                return;
            }
        }
    }

    private static boolean satisfies(Map<String, String> labels, String key, String operator, List<String> values) {
        String value = labels.get(key);
        return switch (operator) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> true;
        };
    }

    private static void report(Resource resource, Node at, String key, String requirement, Map<String, String> labels,
                               Findings findings) {
        String actual = labels.containsKey(key) ? "has " + key + "=" + labels.get(key) : "has no label " + key;
        findings.report(resource, at, resource.id() + " selects pods with " + key + requirement
                + ", but its pod template " + actual + REJECTED);
    }
}
