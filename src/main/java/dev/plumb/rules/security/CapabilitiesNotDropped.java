package dev.plumb.rules.security;

import dev.plumb.model.Container;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.rules.Subjects;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "capabilities-not-dropped",
        title = "Container keeps the default capabilities",
        category = Category.SECURITY,
        severity = Severity.LOW,
        effort = Effort.S,
        theme = "container-hardening",
        themeDetail = "keeps default capabilities",
        controls = "security-context",
        rationale = "Container runtimes hand every container a default set of capabilities, among them `NET_RAW` "
                + "(spoofed packets on the pod network), `DAC_OVERRIDE` (ignore file permissions), `SETUID` and "
                + "`CHOWN`. Most applications need none of them, and every one is something an attacker can use "
                + "once they run code in the container.",
        fix = """
                Drop all capabilities and add back only what the application needs:
                ```yaml
                securityContext:
                  capabilities:
                    drop: ["ALL"]
                    add: ["NET_BIND_SERVICE"]   # only to listen below port 1024
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"
        },
        equivalents = {"polaris:insecureCapabilities", "checkov:CKV_K8S_37"})
public final class CapabilitiesNotDropped implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Long-running containers only (see SecurityContexts.isHardenable); a privileged container
        // holds every capability whatever it drops.
        if (!SecurityContexts.isHardenable(container) || SecurityContexts.isWindows(workload)) {
            return;
        }
        Node capabilities = container.securityContext().get("capabilities");
        Node drop = capabilities.get("drop");
        if (!SecurityContexts.readable(capabilities) || !(drop.isNull() || drop.isList())) {
            return;
        }
        List<String> dropped = new ArrayList<>();
        for (Node element : drop.elements()) {
            if (element.text() == null) {
                return;
            }
            if (SecurityContexts.capability(element.text()).equals("ALL")) {
                return;
            }
            dropped.add(element.text().trim());
        }
        if (dropped.isEmpty()) {
            SecurityContexts.reportMissing(workload, container, "does not drop ALL capabilities", findings);
        } else {
            // On the drop key: that list is where ALL belongs.
            Position at = ((MapNode) capabilities).keyPosition("drop");
            findings.report(Subject.of(workload.resource(), container.name()), at, at.line(),
                    Subjects.container(workload, container) + " drops " + String.join(", ", dropped) + " but not ALL capabilities");
        }
    }
}
