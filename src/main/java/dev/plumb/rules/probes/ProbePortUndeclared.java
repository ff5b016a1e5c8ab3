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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
        id = "probe-port-undeclared",
        title = "Probe port is not declared by the container",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        knownBug = true,
        rationale = "A probe that names a port the container does not declare can never succeed: the kubelet "
                + "cannot resolve the name, so the pod never becomes ready, or is restarted in a loop. A probe on "
                + "a port number the container does not list, while its other probes use listed ports, is "
                + "usually a typo or a leftover from a port change, and fails the same way once nothing listens "
                + "there.",
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
        },
        equivalents = {
            "kube-linter:liveness-port",
            "kube-linter:readiness-port",
            "kube-linter:startup-port"
        })
public final class ProbePortUndeclared implements ContainerRule {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A port number inside an argument or setting: ":8081", "--health-port=8081", "0.0.0.0:8081". */
    private static final Pattern PORT_IN_TEXT = Pattern.compile("(?<![\\w.])\\d{1,5}(?![\\w.])");

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
        List<ProbePort> probePorts = probePorts(container);
        String onDeclaredPort = probePorts.stream()
                .filter(p -> names.containsKey(p.text()) || numbers.contains(strip(p.text())))
                .map(ProbePort::kind).findFirst().orElse(null);
        for (ProbePort probe : probePorts) {
            String text = probe.text();
            String where = Subjects.container(workload, container) + ": " + probe.kind() + " " + probe.handler() + " port ";
            if (!NUMBER.matcher(text).matches()) {
                if (namesKnown && !names.containsKey(text)) {
                    findings.report(workload, container, probe.port(), where + "\"" + text
                            + "\" is not a port name the container declares (" + describe(names.keySet())
                            + "): the probe can never succeed");
                }
                continue;
            }
            // Servers often answer health checks on an admin port nobody declares (ingress-nginx's
            // 10254, CoreDNS's 8080 and 8181). A number is suspicious only next to a probe of the same
            // container that does use a declared port: then one of them was missed in an edit.
            String number = strip(text);
            if (numbersKnown && onDeclaredPort != null && !numbers.contains(number)
                    && !declaredByOtherContainer(workload, container, number) && !configuredInContainer(container, number)) {
                findings.report(workload, container, probe.port(), where + text + " is not among the container's declared ports ("
                        + String.join(", ", numbers) + "), unlike its " + onDeclaredPort);
            }
        }
    }

    private record ProbePort(String kind, String handler, Node port, String text) {}

    /** Every probe port written as a value; a templated or substituted one is only known once rendered. */
    private static List<ProbePort> probePorts(Container container) {
        List<ProbePort> result = new ArrayList<>();
        for (String kind : Probes.KINDS) {
            for (String handler : Probes.PORT_HANDLERS) {
                Node port = container.node().path(kind, handler, "port");
                String text = port.text();
                if (text != null && !text.contains("$")) {
                    result.add(new ProbePort(kind, handler, port, text));
                }
            }
        }
        return result;
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

    /**
     * Many servers take their health port from a flag and never declare it (controller-runtime's
     * {@code --health-probe-bind-address=:8081}); the number in an argument or an env value shows
     * the process is told to listen there.
     */
    private static boolean configuredInContainer(Container container, String number) {
        List<Node> texts = new ArrayList<>(container.commandLine());
        container.env().forEach(variable -> texts.add(variable.get("value")));
        for (Node text : texts) {
            Matcher matcher = PORT_IN_TEXT.matcher(text.textOr(""));
            while (matcher.find()) {
                if (strip(matcher.group()).equals(number)) {
                    return true;
                }
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
