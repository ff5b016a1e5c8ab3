package dev.plumb.rules.resources;

import dev.plumb.model.Container;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Workload;
import dev.plumb.rule.Findings;
import dev.plumb.rule.Subject;
import dev.plumb.rules.Subjects;

/** Reading a container's {@code resources} block the way the API server defaults it. */
final class ContainerResources {

    private ContainerResources() {
    }

    /** Ephemeral containers may not set resources at all, so there is nothing to ask of them. */
    static boolean applies(Container container) {
        return container.role() != Container.Role.EPHEMERAL;
    }

    /**
     * Absent or a mapping. Anything else is a value plumb cannot see into (a template left in the
     * manifest), and a rule must not call it missing.
     */
    static boolean readable(Node node) {
        return node.isNull() || node.isMap();
    }

    /** A templated quantity counts as set: it will hold a value once rendered. */
    static boolean isSet(Node quantity) {
        return !quantity.isNull();
    }

    /** Points at the closest written key: {@code section} inside resources, else resources, else the container. */
    static void report(Workload workload, Container container, String section, String problem, Findings findings) {
        Position at = container.node().position();
        if (container.resources() instanceof MapNode resources && resources.has(section)) {
            at = resources.keyPosition(section);
        } else if (container.node() instanceof MapNode fields && fields.has("resources")) {
            at = fields.keyPosition("resources");
        }
        findings.report(Subject.of(workload.resource(), container.name()), at, at.line(),
                Subjects.container(workload, container) + " " + problem);
    }
}
