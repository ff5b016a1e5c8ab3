package dev.plumb.rules.secrets;

import dev.plumb.model.MapNode;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

@RuleInfo(
        id = "configmap-sensitive-data",
        title = "ConfigMap holds a credential",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "ConfigMaps are meant for non-confidential settings: anyone who can read the repository, or "
                + "`get` ConfigMaps in the namespace, can read the value, and it is never encrypted at rest. A "
                + "password, token or private key kept there has to be considered leaked.",
        fix = "Rotate the credential, then move it to a Secret kept encrypted in the repository (SOPS, Sealed "
                + "Secrets) or fetched from a secret store (External Secrets), and read it with `secretKeyRef` "
                + "or a `secret` volume instead of the ConfigMap key.",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/configmap/",
            "https://kubernetes.io/docs/concepts/configuration/secret/",
            "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
        },
        equivalents = {"polaris:sensitiveConfigmapContent"})
public final class ConfigMapSensitiveData implements ResourceRule {

    @Override
    public Set<String> kinds() {
        return Set.of("ConfigMap");
    }

    @Override
    public void check(Resource configMap, Findings findings) {
        inspect(configMap, "data", false, findings);
        inspect(configMap, "binaryData", true, findings);
    }

    private static void inspect(Resource configMap, String section, boolean binary, Findings findings) {
        if (!(configMap.body().get(section) instanceof MapNode entries)) {
            return;
        }
        entries.fields().forEach((key, node) -> {
            if (!binary && !node.decoded().isMissing()) {
                // jsonencode({...}) in Terraform: each encoded key is judged on its own, at the line that wrote it.
                for (EncodedSettings.Setting setting : EncodedSettings.of(node.decoded())) {
                    Node at = setting.value();
                    SensitiveContent.describe(setting.key(), at.text(), "characters", at.isDerived()).ifPresent(problem ->
                            findings.report(configMap, at, "Key \"" + key + "\" of " + configMap.id() + " sets \""
                                    + setting.key() + "\", which " + problem));
                }
                return;
            }
            String value = node.text();
            if (value == null) {
                return;
            }
            String content = binary ? decode(value) : value;
            // The key's line, never the value's: the message names the key and a length, nothing more.
            SensitiveContent.describe(key, content, binary ? "bytes" : "characters", node.isDerived()).ifPresent(problem -> {
                Position at = entries.keyPosition(key);
                findings.report(Subject.of(configMap), at, at.line(),
                        "Key \"" + key + "\" of " + configMap.id() + " " + problem);
            });
        });
    }

    /** binaryData is base64; key material hides in the decoded bytes. Undecodable values are read as written. */
    private static String decode(String base64) {
        try {
            return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException notBase64) {
            return base64;
        }
    }
}
