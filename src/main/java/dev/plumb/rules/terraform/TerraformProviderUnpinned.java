package dev.plumb.rules.terraform;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.TerraformBlock;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.util.Map;

@RuleInfo(
        id = "terraform-provider-unpinned",
        title = "Terraform provider has no version constraint",
        category = Category.DEPENDENCIES,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        controls = "pinned-images",
        rationale = "A provider in `required_providers` without `version` accepts any release. The lock file "
                + "holds the current one only until someone runs `terraform init -upgrade`, deletes the lock file or "
                + "works from a fresh checkout without it; then the newest release is taken, across major versions "
                + "that rename resources and change defaults (the Helm provider's v3 rewrote `set` and `kubernetes`).",
        fix = "Give every provider a constraint that allows fixes but not the next major version, and commit "
                + "`.terraform.lock.hcl`:\n\n```hcl\nterraform {\n  required_providers {\n    kubernetes = {\n"
                + "      source  = \"hashicorp/kubernetes\"\n      version = \"~> 2.31\"\n    }\n  }\n}\n```",
        references = {
            "https://developer.hashicorp.com/terraform/language/providers/requirements#version-constraints",
            "https://developer.hashicorp.com/terraform/language/files/dependency-lock"
        })
public final class TerraformProviderUnpinned implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        for (TerraformBlock block : platform.terraformBlocks()) {
            if (!block.type().equals("terraform")) {
                continue;
            }
            for (Node requirements : block.body().get("required_providers").elements()) {
                if (requirements instanceof MapNode providers) {
                    check(providers, findings);
                }
            }
        }
    }

    private static void check(MapNode providers, Findings findings) {
        for (Map.Entry<String, Node> entry : providers.fields().entrySet()) {
            String name = entry.getKey();
            Node requirement = entry.getValue();
            if (name.startsWith("@") || !unconstrained(requirement)) {
                continue;
            }
            String source = requirement.get("source").textOr(name);
            findings.report(new Subject("provider", "", name, ""), providers.keyPosition(name), requirement.endLine(),
                    "provider " + name + " (" + source + ") has no version constraint: any release is accepted");
        }
    }

    /** An object without {@code version}, or the legacy string form left empty; unknown values say nothing. */
    private static boolean unconstrained(Node requirement) {
        if (requirement instanceof MapNode object) {
            return !object.has("version");
        }
        String legacy = requirement.text();
        return legacy != null && legacy.isBlank();
    }
}
