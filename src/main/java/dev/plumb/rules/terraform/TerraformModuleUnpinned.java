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
import java.util.regex.Pattern;

@RuleInfo(
        id = "terraform-module-unpinned",
        title = "Terraform module source is not pinned",
        category = Category.DEPENDENCIES,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        controls = "pinned-images",
        rationale = "A registry module without `version`, or a Git module without `?ref=`, is fetched again at "
                + "every `terraform init` from whatever is newest: the latest release or the tip of the default "
                + "branch. A change pushed to that module then reaches your cluster on the next apply, unreviewed, "
                + "and unlike providers, modules are not recorded in the lock file.",
        fix = "Pin registry modules with `version` and Git modules with a tag or commit in `ref`:\n\n```hcl\n"
                + "module \"metallb\" {\n  source  = \"example-org/metallb/kubernetes\"\n  version = \"1.4.2\"\n}\n\n"
                + "module \"velero\" {\n  source = \"git::https://git.example.net/infra/tf-velero.git?ref=v0.6.1\"\n}\n```",
        references = {
            "https://developer.hashicorp.com/terraform/language/modules/sources#selecting-a-revision",
            "https://developer.hashicorp.com/terraform/language/modules/syntax#version"
        })
public final class TerraformModuleUnpinned implements PlatformRule {

    /** {@code [host/]namespace/name/provider[//subdir]}: the Terraform registry address form. */
    private static final Pattern REGISTRY = Pattern.compile(
            "^([a-z0-9.-]+\\.[a-z]{2,}(:[0-9]+)?/)?[A-Za-z0-9_-]+/[A-Za-z0-9_-]+/[A-Za-z0-9]+(//.*)?$");
    /** Explicit git sources and the hosts Terraform treats as Git without the prefix. */
    private static final Pattern GIT = Pattern.compile("^(git::|git@|github\\.com/|bitbucket\\.org/).*");
    private static final Pattern REF = Pattern.compile("[?&]ref=[^&]+");

    @Override
    public void check(Platform platform, Findings findings) {
        for (TerraformBlock block : platform.terraformBlocks()) {
            if (!block.type().equals("module")) {
                continue;
            }
            MapNode body = block.body();
            Node sourceNode = body.get("source");
            String source = sourceNode.text();
            if (source == null) {
                continue;
            }
            String problem = problem(source, body);
            if (problem != null) {
                findings.report(TerraformSubjects.of(block), body.keyPosition("source"), sourceNode.endLine(),
                        TerraformSubjects.name(block) + " takes " + source + " " + problem);
            }
        }
    }

    private static String problem(String source, MapNode body) {
        // Local paths ("./", "../") are part of this repository and versioned with it.
        if (source.startsWith("./") || source.startsWith("../")) {
            return null;
        }
        if (GIT.matcher(source).matches()) {
            return REF.matcher(source).find() ? null : "without ?ref=: every init follows the default branch";
        }
        if (REGISTRY.matcher(source).matches()) {
            return body.has("version") ? null : "without a version: every init takes the newest release";
        }
        return null;
    }
}
