package dev.plumb.rules.secrets;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The secrets theme of the catalogue; the registry gathers every theme's list. */
public final class SecretRules {

    private SecretRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new ConfigMapSensitiveData(), new SecretLiteralCommitted(), new EnvLiteralCredential(),
                new SecretReferenceMissing(), new ConfigMapReferenceMissing(), new PvcReferenceMissing(),
                new PrivateKeyCommitted(), new RedisWithoutPassword(), new PostgresTrustAuth(),
                new ProtectionDisabledFlag());
    }
}
