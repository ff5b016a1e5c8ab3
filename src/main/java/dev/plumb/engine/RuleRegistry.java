package dev.plumb.engine;

import dev.plumb.rule.Rule;
import dev.plumb.rules.availability.PdbMissing;
import dev.plumb.rules.images.ImageTagMutable;
import dev.plumb.rules.meta.IgnoreWithoutReason;
import dev.plumb.rules.meta.ParseError;
import dev.plumb.rules.networking.NetworkPolicyMissing;
import dev.plumb.rules.networking.ServiceSelectorOrphan;
import dev.plumb.rules.probes.LivenessProbeMissing;
import dev.plumb.rules.probes.ReadinessProbeMissing;
import dev.plumb.rules.rbac.ClusterAdminBinding;
import dev.plumb.rules.resources.MemoryLimitMissing;
import dev.plumb.rules.resources.ResourceRequestsMissing;
import dev.plumb.rules.secrets.ConfigMapSensitiveData;
import dev.plumb.rules.security.HostNamespace;
import dev.plumb.rules.security.PrivilegedContainer;
import java.util.List;

/**
 * The built-in catalogue, written out by hand: a rule exists when it is listed here, which keeps
 * startup free of classpath scanning and makes adding a rule a reviewable one-line change.
 * Ordered as the catalogue reads: by category (the concerns report's sections), then by id.
 */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    public static List<Rule> builtIn() {
        return List.of(
                // security
                new ClusterAdminBinding(),
                new ConfigMapSensitiveData(),
                new HostNamespace(),
                new NetworkPolicyMissing(),
                new PrivilegedContainer(),
                // reliability
                new LivenessProbeMissing(),
                new MemoryLimitMissing(),
                new ParseError(),
                new PdbMissing(),
                new ReadinessProbeMissing(),
                new ResourceRequestsMissing(),
                new ServiceSelectorOrphan(),
                // dependencies
                new ImageTagMutable(),
                // tech-debt
                new IgnoreWithoutReason());
    }
}
