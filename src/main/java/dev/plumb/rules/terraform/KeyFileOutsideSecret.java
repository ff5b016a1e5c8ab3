package dev.plumb.rules.terraform;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.TerraformBlock;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "key-file-outside-secret",
        title = "Key file read into a non-secret resource",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        rationale = "`file()` of a private key, keystore, kubeconfig or git-crypt key into a ConfigMap (or a "
                + "local file, user data, an annotation) publishes it: the built-in `view` role and most dashboards "
                + "read ConfigMaps but not Secrets, `kubectl describe` prints them, and `terraform plan` shows the "
                + "content in the CI log because the provider does not mark ConfigMap data sensitive. A git-crypt "
                + "key there unlocks every secret encrypted in the repository; a kubeconfig there hands out the "
                + "cluster.",
        fix = "Put key material in a Secret (`kubernetes_secret_v1`, whose data the provider hides from plans) and "
                + "mount it, or better keep it out of Terraform (External Secrets, SOPS, Sealed Secrets). Rotate a key "
                + "that has already been in a ConfigMap:\n\n```hcl\nresource \"kubernetes_secret_v1\" \"saml\" {\n"
                + "  metadata { name = \"grafana-saml\" }\n  data = { \"saml.key\" = file(\"${path.module}/keys/saml.key\") }\n}\n```",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/secret/",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"
        })
public final class KeyFileOutsideSecret implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        TerraformSources sources = null;
        for (TerraformBlock block : platform.terraformBlocks()) {
            // Data sources only read; a module argument goes where the module sends it (evaluation's job).
            if (!block.type().equals("resource")) {
                continue;
            }
            KeyDestinations.Kind destination = KeyDestinations.of(block);
            if (destination == KeyDestinations.Kind.SECRET_STORE || destination == KeyDestinations.Kind.CANNOT_TELL) {
                continue;
            }
            sources = sources == null ? TerraformSources.of(platform) : sources;
            List<String> lines = sources.lines(block.file());
            if (lines == null) {
                continue;
            }
            for (FileReads.Read read : FileReads.in(block.file(), lines, block.position().line(), block.body().endLine(),
                    howTerraformConnects(block))) {
                String what = KeyFiles.describe(read.path(), read.inRepo() ? sources.text(read.path()) : null);
                if (what != null) {
                    findings.report(TerraformSubjects.of(block), new Position(block.file(), read.line(), read.column()),
                            read.line(), TerraformSubjects.name(block) + " reads the " + what + " " + read.written()
                                    + " with " + read.function() + "() into " + (destination == KeyDestinations.Kind.CONFIG_MAP
                                    ? "a ConfigMap, not a Secret" : "a resource that is not a secret store"));
                }
            }
        }
    }

    /** {@code connection} and {@code provisioner} blocks: the key Terraform logs in with, not what it stores. */
    private static List<int[]> howTerraformConnects(TerraformBlock block) {
        List<int[]> ranges = new ArrayList<>();
        for (String key : List.of("connection", "provisioner")) {
            for (Node nested : block.body().get(key).elements()) {
                ranges.add(new int[] {nested.line(), nested.endLine()});
            }
        }
        return ranges;
    }
}
