package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pod ports the Services selecting a workload send traffic to: each Service port's {@code targetPort},
 * by number or by name, or its {@code port} when no targetPort is written (Kubernetes' default). Unknown
 * when a target is templated.
 */
final class ServiceTargets {

    private static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

    private final Set<String> numbers = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private boolean unknown;

    private ServiceTargets() {
    }

    static ServiceTargets of(List<Resource> services) {
        ServiceTargets targets = new ServiceTargets();
        for (Resource service : services) {
            for (Node port : service.spec().get("ports").elements()) {
                Node target = port.get("targetPort").isMissing() ? port.get("port") : port.get("targetPort");
                String text = target.text();
                if (text == null || text.contains("{{") || text.contains("${")) {
                    targets.unknown = true;
                } else if (text.chars().allMatch(Character::isDigit)) {
                    targets.numbers.add(text);
                } else {
                    targets.names.add(text);
                }
            }
        }
        return targets;
    }

    boolean known() {
        return !unknown;
    }

    /** The container's declared port (number) that a Service targets, by number or by name. */
    Optional<String> servedBy(Container container) {
        for (Node port : container.ports().elements()) {
            String number = port.get("containerPort").textOr("");
            String name = port.get("name").textOr("");
            if (numbers.contains(number) || (!name.isEmpty() && names.contains(name))) {
                return Optional.of(number.isEmpty() ? name : number);
            }
        }
        return Optional.empty();
    }

    /** A target number no container of the pod declares: ports are optional, so some container serves it unseen. */
    boolean targetsUndeclaredPort(Workload workload) {
        Set<String> declared = new HashSet<>();
        for (Container container : workload.podSpec().allContainers()) {
            container.ports().elements().forEach(port -> declared.add(port.get("containerPort").textOr("")));
        }
        return !declared.containsAll(numbers);
    }

    /**
     * The container that takes the pod's traffic when plumb cannot tell which does: the one the pod names as
     * its default, else the first regular container.
     */
    static boolean isMain(Workload workload, Container container) {
        if (container.role() != Container.Role.CONTAINER) {
            return false;
        }
        String named = workload.templateAnnotations().get(DEFAULT_CONTAINER);
        if (named != null && workload.podSpec().containers().stream().anyMatch(c -> named.equals(c.name()))) {
            return named.equals(container.name());
        }
        List<Container> containers = workload.podSpec().containers();
        return !containers.isEmpty() && containers.get(0).node() == container.node();
    }
}
