package dev.plumb.rules.security;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The security theme of the catalogue; the registry gathers every theme's list. */
public final class SecurityRules {

    private SecurityRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new HostNamespace(),
                new PrivilegedContainer(),
                new PrivilegeEscalationAllowed(),
                new RunsAsRoot(),
                new RootFilesystemWritable(),
                new CapabilitiesDangerous(),
                new CapabilitiesNotDropped(),
                new SeccompProfileMissing(),
                new ProcMountUnmasked(),
                new SysctlsUnsafe(),
                new HostPort(),
                new HostPathVolume());
    }
}
