package dev.plumb.rule;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;

/**
 * Where a rule reports. A finding always gets a file:line: when the node is missing (a finding
 * about absence), it points at the subject instead.
 */
public interface Findings {

    /** The one method the engine implements; everything else is shorthand. */
    void report(Subject subject, Position at, int endLine, String message);

    default void report(Resource resource, Node at, String message) {
        Node where = at.isMissing() ? resource.body() : at;
        report(Subject.of(resource), where.position(), where.endLine(), message);
    }

    default void report(Workload workload, Container container, Node at, String message) {
        Node where = at.isMissing() ? container.node() : at;
        report(Subject.of(workload.resource(), container.name()), where.position(), where.endLine(), message);
    }

    /**
     * Like {@link #report(Subject, Position, int, String)}, with the short value the finding is about
     * ("latest", "none"), which reports count by. A sink that keeps no facets drops it.
     */
    default void report(Subject subject, Position at, int endLine, String message, String facet) {
        report(subject, at, endLine, message);
    }

    default void report(Workload workload, Container container, Node at, String message, String facet) {
        Node where = at.isMissing() ? container.node() : at;
        report(Subject.of(workload.resource(), container.name()), where.position(), where.endLine(), message, facet);
    }

    default void report(Workload workload, Node at, String message) {
        report(workload.resource(), at, message);
    }

    /** A finding about a file or a place in it, not about an object (a parse error). */
    default void report(Position at, String message) {
        report(Subject.NONE, at, at.line(), message);
    }
}
