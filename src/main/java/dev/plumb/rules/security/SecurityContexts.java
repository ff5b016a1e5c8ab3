package dev.plumb.rules.security;

import dev.plumb.model.Container;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Workload;
import dev.plumb.rule.Findings;
import dev.plumb.rule.Subject;
import dev.plumb.rules.Subjects;
import java.util.Locale;

/** Reading pod and container security contexts the way the kubelet applies them. */
final class SecurityContexts {

    private SecurityContexts() {
    }

    /**
     * Windows pods ignore the Linux settings these rules ask for (seccomp, capabilities, procMount,
     * readOnlyRootFilesystem), and the API rejects most of them when {@code os.name} is windows.
     */
    static boolean isWindows(Workload workload) {
        Node spec = workload.podSpec().node();
        Node nodeSelector = spec.get("nodeSelector");
        return isWindows(spec.path("os", "name"))
                || isWindows(nodeSelector.get("kubernetes.io/os"))
                || isWindows(nodeSelector.get("beta.kubernetes.io/os"))
                || !spec.path("securityContext", "windowsOptions").isNull();
    }

    private static boolean isWindows(Node value) {
        return "windows".equalsIgnoreCase(value.text());
    }

    /**
     * Absent, or a value plumb can read. A templated value (a chart expression left in place) is
     * neither: the rule cannot tell what it will be and stays silent.
     */
    static boolean settled(Node value) {
        return value.isNull() || value.isMap() || value.isList() || value.text() != null;
    }

    /** A security context plumb can look into: absent, or a mapping. */
    static boolean readable(Node securityContext) {
        return securityContext.isNull() || securityContext.isMap();
    }

    static boolean isPrivileged(Container container) {
        return container.securityContext().get("privileged").isTrue();
    }

    /**
     * The containers the hardening rules ask for missing settings: the pod's main containers
     * (regular ones, a Job's included, and sidecar init containers), not privileged ones. A one-shot
     * init container runs a fixed command, takes no connections and exits before a missing
     * hardening setting could be used against it; privilege overrides every one of these settings,
     * and privileged-container already reports it.
     */
    static boolean isHardenable(Container container) {
        return !container.runsToCompletion() && !isPrivileged(container) && readable(container.securityContext());
    }

    /** A capability as the kernel names it without prefix: "cap_sys_admin" and "SYS_ADMIN" are both SYS_ADMIN. */
    static String capability(String written) {
        String name = written.trim().toUpperCase(Locale.ROOT);
        return name.startsWith("CAP_") ? name.substring(4) : name;
    }

    /** True when the container's capabilities.add holds {@code wanted} in any spelling. */
    static boolean adds(Container container, String wanted) {
        for (Node added : container.securityContext().path("capabilities", "add").elements()) {
            if (added.text() != null && capability(added.text()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** A finding about a container's missing setting: on its securityContext key, else on the container. */
    static void reportMissing(Workload workload, Container container, String problem, Findings findings) {
        Position at = container.node().position();
        if (container.node() instanceof MapNode fields && fields.has("securityContext")) {
            at = fields.keyPosition("securityContext");
        }
        findings.report(Subject.of(workload.resource(), container.name()), at, at.line(),
                Subjects.container(workload, container) + " " + problem);
    }

    /**
     * Where a pod-wide absence is reported: the pod securityContext key, where the fix goes, else
     * the workload's name.
     */
    static Position podAnchor(Workload workload) {
        if (workload.podSpec().node() instanceof MapNode spec && spec.has("securityContext")) {
            return spec.keyPosition("securityContext");
        }
        Node name = workload.resource().metadata().get("name");
        return name.isMissing() ? workload.resource().body().position() : name.position();
    }
}
