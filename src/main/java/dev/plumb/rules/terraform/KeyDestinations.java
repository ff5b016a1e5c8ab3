package dev.plumb.rules.terraform;

import dev.plumb.model.TerraformBlock;
import java.util.Set;

/**
 * Where a Terraform resource puts what it is given: a secret store (a Kubernetes Secret, Vault, a
 * cloud secret manager, a certificate store whose private-key argument is made for it), a place
 * anyone with read access sees (a ConfigMap, a file on disk, an instance's user data), or a place
 * plumb cannot tell.
 */
final class KeyDestinations {

    enum Kind { SECRET_STORE, CONFIG_MAP, PLAIN, CANNOT_TELL }

    private static final Set<String> SECRET_TYPES = Set.of("kubernetes_secret", "kubernetes_secret_v1",
            "local_sensitive_file");
    private static final Set<String> CONFIG_MAP_TYPES = Set.of("kubernetes_config_map", "kubernetes_config_map_v1");
    /** Providers whose resources hold secrets by design: Vault, TLS, password managers. */
    private static final Set<String> SECRET_PROVIDERS = Set.of("vault", "tls", "onepassword", "bitwarden", "sops",
            "doppler", "infisical", "akeyless");

    private KeyDestinations() {
    }

    static Kind of(TerraformBlock block) {
        String type = block.label(0);
        if (type.equals("kubernetes_manifest")) {
            return manifestKind(block.body().path("manifest", "kind").text());
        }
        String provider = type.contains("_") ? type.substring(0, type.indexOf('_')) : type;
        if (SECRET_TYPES.contains(type) || SECRET_PROVIDERS.contains(provider) || type.contains("secret")
                || type.contains("certificate") || type.contains("key_vault")) {
            return Kind.SECRET_STORE;
        }
        if (CONFIG_MAP_TYPES.contains(type)) {
            return Kind.CONFIG_MAP;
        }
        // The chart decides where a value goes (often into a Secret it renders): nothing to say without rendering it.
        return type.equals("helm_release") ? Kind.CANNOT_TELL : Kind.PLAIN;
    }

    /** A manifest written as {@code yamldecode(…)} has no kind plumb can read: it may well be a Secret. */
    private static Kind manifestKind(String kind) {
        if (kind == null) {
            return Kind.CANNOT_TELL;
        }
        if (kind.contains("Secret")) {
            return Kind.SECRET_STORE; // Secret, SealedSecret, ExternalSecret, SopsSecret…
        }
        return kind.equals("ConfigMap") ? Kind.CONFIG_MAP : Kind.PLAIN;
    }
}
