package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleSettings;

/** How every missing-capability rule words its one finding, and when it stays silent. */
final class Gaps {

    private Gaps() {
    }

    /**
     * Reports at {@code at} unless the operator declared the capability in {@code .plumb.yaml}, or the
     * repository holds live content plumb did not analyse (an unrendered chart, Ansible, a file that
     * does not parse): the capability may sit there, and coverage already says what was not seen. The
     * message says what was searched for, so the operator can tell whether plumb missed it, and how
     * to declare a capability the platform has outside the repository.
     */
    static void report(Platform platform, Findings findings, RuleSettings settings, String capability, Anchor at,
                       String need, String missing, String searched) {
        if (!platform.coverage().sawAllLive()) {
            return;
        }
        reportWhateverWasRead(findings, settings, capability, at, need, missing, searched);
    }

    /**
     * As {@link #report}, for a capability whose every sign plumb always reads, whatever else it did not
     * analyse: CI pipelines are files of their own, never inside a chart, a playbook or a compose file.
     */
    static void reportWhateverWasRead(Findings findings, RuleSettings settings, String capability, Anchor at,
                                      String need, String missing, String searched) {
        if (settings.declared(capability) != null) {
            return;
        }
        at.report(findings, need + ", but " + missing + " (searched for " + searched + "). If the platform has it "
                + "outside this repository, declare it in .plumb.yaml: capabilities: {" + capability + ": \"<where>\"}");
    }
}
