package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
        id = "probe-port-undeclared",
        title = "Probe port is not declared by the container",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        rationale = "A probe that names a port the container does not declare can never succeed: the kubelet "
                + "cannot resolve the name, so the pod never becomes ready, or is restarted in a loop. A probe "
                + "on a port number the container does not list is usually a leftover from a port change or a "
                + "copied manifest, and fails the same way once nothing listens there.",
        fix = """
                Point the probe at a port the container declares, by name so that a port change moves both:
                ```yaml
                ports:
                  - name: http
                    containerPort: 8080
                readinessProbe:
                  httpGet:
                    path: /healthz
                    port: http
                ```
                If the application really serves health checks on a separate port, declare that port too.""",
        references = {
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port",
            "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Probe"
        })
public final class ProbePortUndeclared implements ContainerRule {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Classic init and ephemeral containers cannot have probes; a Job's containers can, and are killed by them.
        if (container.runsToCompletion()) {
            return;
        }
        Node ports = container.ports();
        if (!ports.isNull() && !ports.isList()) {
            return;
        }
        Map<String, String> names = Probes.namedPorts(container);
        List<String> numbers = declaredNumbers(container);
        boolean namesKnown = ports.elements().stream().noneMatch(port -> Probes.isUnknown(port.get("name")));
        boolean numbersKnown = ports.elements().stream().noneMatch(port -> Probes.isUnknown(port.get("containerPort")));
        for (String kind : Probes.KINDS) {
            for (String handler : Probes.PORT_HANDLERS) {
                Node port = container.node().path(kind, handler, "port");
                String text = port.text();
                // A templated or substituted port is only known once rendered.
                if (text == null || text.contains("$")) {
                    continue;
                }
                String where = Subjects.container(workload, container) + ": " + kind + " " + handler + " port ";
                if (!NUMBER.matcher(text).matches()) {
                    if (namesKnown && !names.containsKey(text)) {
                        findings.report(workload, container, port, where + "\"" + text
                                + "\" is not a port name the container declares (" + describe(names.keySet())
                                + "): the probe can never succeed");
                    }
                } else if (numbersKnown && !numbers.isEmpty() && !numbers.contains(strip(text))
                        && !declaredByOtherContainer(workload, container, strip(text))) {
                    findings.report(workload, container, port, where + text
                            + " is not among the container's declared ports (" + String.join(", ", numbers) + ")");
                }
            }
        }
    }

    private static List<String> declaredNumbers(Container container) {
        List<String> numbers = new ArrayList<>();
        for (Node port : container.ports().elements()) {
            String number = port.get("containerPort").text();
            if (number != null) {
                numbers.add(strip(number));
            }
        }
        return numbers;
    }

    /**
     * Probes reach the pod's IP, shared by all its containers: a probe on a port a sidecar declares
     * works, so only the container's own silence about every port of the pod is suspicious.
     */
    private static boolean declaredByOtherContainer(Workload workload, Container self, String number) {
        for (Container other : workload.podSpec().allContainers()) {
            if (other != self && declaredNumbers(other).contains(number)) {
                return true;
            }
        }
        return false;
    }

    /** "08080" and "8080" are the same port. */
    private static String strip(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }

    private static String describe(Set<String> names) {
        return names.isEmpty() ? "it names no ports" : "declared: " + String.join(", ", names.stream().sorted().toList());
    }
}
