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
                + "incident timelines stop meaning anything, because nobody can say which image ran when. A "
                + "version or variant joined to a branch or channel word moves the same way: `16-master`, "
                + "`main-alpine`, `latest-cuda`, `stable-slim` and `nightly` follow the branch or channel "
                + "(latest, master, main, trunk, develop, dev, edge, nightly, stable, mainline; beta, alpha, "
                + "canary, preview when no version is in the tag), whichever of `-`, `_` or `.` joins them. A "
                + "build date (`nightly-2024.10.01`, `main-20241001`), a commit hash of seven or more hex "
                + "digits (`main-3ea91f0`) or a digest pins one build and is not reported.",
        fix = "Pin the image to an immutable release tag, ideally with its digest, and let a bot such as "
                + "Renovate or Dependabot propose upgrades: `image: ghcr.io/acme/app:2.8.1@sha256:<digest>`. "
                + "Where only branch builds exist, pin the one that carries the commit or the date "
                + "(`main-3ea91f0`) or add its digest.",
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
        } else {
            ChannelTags.channel(reference).ifPresent(channel -> {
                String tag = reference.tag();
                // The whole tag is the channel in most findings; name the word only when it hides in a longer tag.
                String follows = tag.equalsIgnoreCase(channel) ? "" : " (it follows \"" + channel + "\")";
                findings.report(workload, container, container.imageNode(),
                        subject + " uses mutable tag \"" + tag + "\"" + follows, tag);
            });
        }
    }
}
