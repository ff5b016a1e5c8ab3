package dev.plumb.rules.security;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Workload;
import dev.plumb.rule.Findings;
import dev.plumb.rule.Subject;
import dev.plumb.rules.Subjects;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reporting a setting a pod can make for all its containers (runAsNonRoot, seccompProfile) where
 * the fix goes: once for the workload when the pod level decides for every container checked,
 * otherwise per container. A pod with three containers and no pod securityContext gets one
 * finding, not three.
 */
final class PodWide {

    /**
     * One container's problem. {@code fromPod} when the pod-level value decides it, or nothing
     * at either level does; {@code at} is the deciding value, missing for an absence.
     */
    record Problem(Container container, Node at, boolean fromPod, String text) {}

    private final Workload workload;
    private final List<Problem> problems = new ArrayList<>();
    private boolean someContainerPasses;

    PodWide(Workload workload) {
        this.workload = workload;
    }

    void problem(Container container, Node at, boolean fromPod, String text) {
        problems.add(new Problem(container, at, fromPod, text));
    }

    /** A checked container the rule has nothing against: the pod level then is not the whole story. */
    void passes() {
        someContainerPasses = true;
    }

    void report(Findings findings) {
        Set<String> reportedForPod = new LinkedHashSet<>();
        for (Problem problem : problems) {
            if (problem.fromPod() && !someContainerPasses) {
                // The same deciding value and words for several containers is one finding about the pod.
                if (reportedForPod.add(problem.at().line() + ":" + problem.at().position().column() + ":" + problem.text())) {
                    Position at = problem.at().isMissing() ? SecurityContexts.podAnchor(workload) : problem.at().position();
                    findings.report(Subject.of(workload.resource()), at, at.line(),
                            workload.resource().id() + " " + problem.text());
                }
            } else if (problem.at().isMissing()) {
                SecurityContexts.reportMissing(workload, problem.container(), problem.text(), findings);
            } else {
                findings.report(workload, problem.container(), problem.at(),
                        Subjects.container(workload, problem.container()) + " " + problem.text());
            }
        }
    }
}
