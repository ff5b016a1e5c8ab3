package dev.plumb.rules.networking;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The networking theme of the catalogue; the registry gathers every theme's list. */
public final class NetworkingRules {

    private NetworkingRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new NetworkPolicyMissing(),
                new ServiceSelectorOrphan(),
                new NamespaceDefaultDenyMissing(),
                new NetworkPolicySelectsNothing(),
                new IngressTlsMissing(),
                new IngressBackendMissing(),
                new IngressBackendFieldsObsolete(),
                new ServiceExposedExternally(),
                new NetworkPolicyHostNetworkController(),
                new TraefikMiddlewareUnused(),
                new TraefikMiddlewareMissing());
    }
}
