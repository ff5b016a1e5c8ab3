package dev.plumb.rules.images;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Counted;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;
import java.util.Locale;
import java.util.Set;

@RuleInfo(
        id = "image-tag-mutable",
        title = "Container image uses a mutable tag",
        category = Category.DEPENDENCIES,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        controls = "pinned-images",
        counted = Counted.IMAGE_REFERENCES,
        predicate = "use a mutable tag",
        rationale = "A tag such as `latest` or `main` points at whatever was pushed last, so a node restart or a "
                + "reschedule can silently start a different build than the one you tested. Rollbacks and "
                + "incident timelines stop meaning anything, because nobody can say which image ran when.",
        fix = "Pin the image to an immutable release tag, ideally with its digest, and let a bot such as "
                + "Renovate or Dependabot propose upgrades: `image: ghcr.io/acme/app:2.8.1@sha256:<digest>`.",
        references = {
            "https://kubernetes.io/docs/concepts/containers/images/#image-names",
            "https://kubernetes.io/docs/concepts/configuration/overview/#container-images"
        },
        equivalents = {
            "polaris:tagNotSpecified",
            "kube-score:container-image-tag",
            "kube-linter:latest-tag",
            "checkov:CKV_K8S_14"
        })
public final class ImageTagMutable implements ContainerRule {

    /** Branch and channel names that registries routinely move; a version tag can move too, but rarely does. */
    private static final Set<String> MUTABLE_TAGS = Set.of("latest", "master", "main", "stable", "edge", "nightly", "dev");

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        String image = container.image();
        // A value still to be substituted (envsubst, kustomize, CI) says nothing about the tag that will run.
        if (image == null || image.isBlank() || image.contains("$") || image.contains("{{")) {
            return;
        }
        ImageReference reference = ImageReference.parse(image);
        if (reference.hasDigest()) {
            return;
        }
        String subject = Subjects.container(workload, container) + ": image \"" + image + "\"";
        if (!reference.hasTag()) {
            findings.report(workload, container, container.imageNode(),
                    subject + " has no tag (pulls latest)", "none");
        } else if (MUTABLE_TAGS.contains(reference.tag().toLowerCase(Locale.ROOT))) {
            findings.report(workload, container, container.imageNode(),
                    subject + " uses mutable tag \"" + reference.tag() + "\"", reference.tag());
        }
    }
}
