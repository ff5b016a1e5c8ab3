package dev.plumb.rules.terraform;

import dev.plumb.model.TerraformBlock;
import dev.plumb.rule.Subject;

/** How a Terraform block is named in findings and in config subject globs: as Terraform names it. */
final class TerraformSubjects {

    private TerraformSubjects() {
    }

    /** {@code helm_release/grafana} for a resource, {@code module/velero} for a module call. */
    static Subject of(TerraformBlock block) {
        if (block.type().equals("resource") || block.type().equals("data")) {
            return new Subject(block.label(0), "", block.label(1), "");
        }
        return new Subject(block.type(), "", block.label(0), "");
    }

    /** What a message calls the block: {@code helm_release.grafana}, {@code module.velero}. */
    static String name(TerraformBlock block) {
        return block.address();
    }
}
