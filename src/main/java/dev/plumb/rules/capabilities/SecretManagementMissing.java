package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import java.util.List;

@RuleInfo(
        id = "secret-management-missing",
        title = "Plaintext Secret objects without secret management",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "Secret objects written out in the repository are only base64-encoded: everyone with read "
                + "access to the repository, its forks, backups and CI logs has every password, and rotating "
                + "one means finding every copy in Git history. Without a tool in place, each new service adds "
                + "another plaintext Secret, because there is no other way to deliver one.",
        fix = """
                Encrypt Secrets in the repository with SOPS and age (Flux and Argo CD decrypt them on \
                deploy), or keep them in a store and sync them with External Secrets or Sealed Secrets:
                ```yaml
                # .sops.yaml at the repository root
                creation_rules:
                  - path_regex: .*\\.secret\\.ya?ml$
                    encrypted_regex: ^(data|stringData)$
                    age: age1examplepublickey...
                ```
                Then rotate every credential that was committed in plaintext. If secrets are managed \
                outside the repository, declare it: `capabilities: {secret-management: "Vault on the NAS"}`.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
            "https://github.com/getsops/sops",
            "https://fluxcd.io/flux/guides/mozilla-sops/",
            "https://external-secrets.io/latest/"
        })
public final class SecretManagementMissing implements RepositoryRule {

    static final String CAPABILITY = "secret-management";
    static final String SEARCHED = ".sops.yaml and SOPS-encrypted files, Flux SOPS decryption, KSOPS, helm-secrets, "
            + "Sealed Secrets, External Secrets, Vault, OpenBao, 1Password, Bitwarden, Infisical and Doppler "
            + "operators, git-crypt and ansible-vault";

    static final Signals SIGNALS = new Signals()
            .file(file -> file.name().equals(".sops.yaml") || file.name().equals(".sops.yml"))
            .file(file -> file.name().equals(".gitattributes") && file.text().contains("filter=git-crypt"))
            .groups("bitnami.com", "external-secrets.io", "secrets.hashicorp.com", "onepassword.com",
                    "k8s.bitwarden.com", "secrets.infisical.com", "secrets.doppler.com", "viaduct.ai",
                    "isindir.github.com", "secrets-store.csi.x-k8s.io")
            .when("Kustomization", "decrypts with SOPS",
                    kustomization -> kustomization.group().equals("kustomize.toolkit.fluxcd.io")
                            && !kustomization.spec().path("decryption", "provider").isMissing())
            .annotations("vault.hashicorp.com/agent-inject", "operator.1password.io/")
            .images("sealed-secrets-controller", "external-secrets", "hashicorp/vault", "openbao/openbao",
                    "onepassword-operator", "1password/connect-api", "sm-operator", "vault-secrets-operator")
            .charts("sealed-secrets", "external-secrets", "vault", "vault-secrets-operator", "openbao", "connect",
                    "onepassword-connect", "sm-operator", "sops-secrets-operator", "infisical-secrets-operator")
            .namespaces("external-secrets", "sealed-secrets", "vault")
            .commands("sops", "git-crypt", "ansible-vault", "ksops", "helm secrets")
            .mentions("$ANSIBLE_VAULT;", "ENC[AES256_GCM", "secrets://");

    private final RuleSettings settings;

    public SecretManagementMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null) {
            return;
        }
        List<Resource> plaintext = Needs.plaintextSecrets(platform);
        if (plaintext.isEmpty() || Evidence.present(platform, SIGNALS) || hasEncryptedManifest(platform)) {
            return;
        }
        Resource first = plaintext.get(0);
        String others = plaintext.size() == 1 ? "" : " (and " + (plaintext.size() - 1) + " more)";
        Gaps.report(platform, findings, settings, CAPABILITY, Anchor.at(first, first.id()),
                first.id() + " is committed with its values" + others,
                "no secret management was found", SEARCHED);
    }

    /** Any object SOPS encrypted (a top-level {@code sops:} block): the tool is in use, even if not everywhere. */
    private static boolean hasEncryptedManifest(Platform platform) {
        for (Resource resource : platform.resources()) {
            if (resource.body().get("sops").isMap()) {
                return true;
            }
        }
        return false;
    }
}
