package dev.plumb.rules.secrets;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.ResourceRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "secret-literal-committed",
        title = "Secret committed with plaintext values",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "A Secret's `data` is only base64, not encryption: everyone who can read the repository, its "
                + "forks, its CI logs and every clone on a laptop can read the password, token or key, and it "
                + "stays in Git history after it is deleted. Treat such a value as leaked.",
        fix = """
                Rotate the credential, then keep only an encrypted form in Git: encrypt the file with SOPS (age \
                or a cloud KMS), commit a SealedSecret, or commit an ExternalSecret that fetches the value from \
                a secret store:
                ```yaml
                apiVersion: external-secrets.io/v1beta1
                kind: ExternalSecret
                metadata:
                  name: postgres-credentials
                spec:
                  secretStoreRef: {name: vault, kind: ClusterSecretStore}
                  target: {name: postgres-credentials}
                  data:
                    - secretKey: POSTGRES_PASSWORD
                      remoteRef: {key: shop/postgres, property: password}
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
            "https://github.com/getsops/sops#readme",
            "https://github.com/bitnami-labs/sealed-secrets#readme",
            "https://external-secrets.io/latest/"
        })
public final class SecretLiteralCommitted implements ResourceRule {

    private static final int KEYS_LISTED = 8;
    private static final int BINARY_MIN_LENGTH = 16;
    private static final int BINARY_MIN_SYMBOLS = 8;

    @Override
    public Set<String> kinds() {
        // SealedSecret, ExternalSecret and SecretProviderClass are other kinds: they hold ciphertext or pointers.
        return Set.of("Secret");
    }

    @Override
    public void check(Resource secret, Findings findings) {
        // SOPS adds a top-level "sops" block; values it leaves plain (unencrypted_suffix) are plain on purpose.
        if (secret.body().has("sops")) {
            return;
        }
        List<String> parts = new ArrayList<>();
        String first = null;
        int count = 0;
        for (String section : new String[] {"data", "stringData"}) {
            List<String> keys = plaintextKeys(secret.body().get(section), section.equals("data"));
            if (keys.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = section;
            }
            count += keys.size();
            List<String> shown = keys.stream().limit(KEYS_LISTED).toList();
            parts.add(section + ": " + String.join(", ", shown)
                    + (keys.size() > KEYS_LISTED ? " and " + (keys.size() - KEYS_LISTED) + " more" : ""));
        }
        if (count > 0) {
            // The section's own line ("stringData:"), where the operator starts reading.
            Position at = secret.body().keyPosition(first);
            findings.report(Subject.of(secret), at, secret.body().get(first).endLine(), secret.id() + " is committed with "
                    + count + " plaintext " + (count == 1 ? "value" : "values") + " (" + String.join("; ", parts) + ")");
        }
    }

    /** Keys whose value is a secret written out: not empty, not a placeholder, not public material, not a description. */
    private static List<String> plaintextKeys(Node section, boolean base64) {
        List<String> keys = new ArrayList<>();
        section.fields().forEach((key, node) -> {
            if (!node.decoded().isMissing()) {
                // jsonencode({...}) in Terraform: a literal written inside the encoded object is written into the code.
                boolean written = EncodedSettings.of(node.decoded()).stream()
                        .anyMatch(setting -> !setting.value().isDerived() && isSecret(setting.key(), setting.value().text()));
                if (written) {
                    keys.add(key);
                }
                return;
            }
            String raw = node.text();
            // From a variable, a data source, a function or another resource: not written into the code here.
            if (raw == null || node.isDerived()) {
                return;
            }
            String value = raw;
            if (base64) {
                // Placeholders (${API_KEY_B64}, changeme) do not decode, or decode to noise too short to be a key.
                Optional<String> decoded = SecretValues.tryDecode(raw);
                if (decoded.isPresent() && SecretValues.isBinary(decoded.get())) {
                    // Bytes that are not text (a keystore, a GPG keyring) are key material whatever they hold.
                    if (raw.strip().length() >= BINARY_MIN_LENGTH && raw.chars().distinct().count() >= BINARY_MIN_SYMBOLS) {
                        keys.add(key);
                    }
                    return;
                }
                value = decoded.orElse(raw);
            }
            if (isSecret(key, value)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static boolean isSecret(String key, String value) {
        if (value.strip().indexOf('\n') >= 0) {
            // A whole file (config.yaml, alertmanager.yml): secret when it writes one out, not when it only
            // holds placeholders a deploy step substitutes (Flux postBuild's ${DB_PASSWORD}).
            return !SecretValues.isPublicMaterial(value) && SensitiveContent.describe(key, value, "characters").isPresent();
        }
        boolean written = LiteralValues.isLiteral(value) || SecretShapes.find(value).isPresent()
                || SecretShapes.urlPasswordLength(value) > 0;
        if (!written || SecretValues.isPublicMaterial(value)) {
            return false;
        }
        return !SecretValues.isDescriptive(key) || SensitiveContent.describe(key, value, "characters").isPresent();
    }
}
