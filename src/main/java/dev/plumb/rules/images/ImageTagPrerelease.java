package dev.plumb.rules.images;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "image-tag-prerelease",
        title = "Container image is a pre-release build",
        category = Category.DEPENDENCIES,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "Release candidates, betas and nightly builds are published for testing: they carry known bugs, "
                + "may change their data format before the release, and stop receiving fixes once the stable "
                + "version is out. A pre-release that was tried once and never replaced quietly becomes the "
                + "oldest, least supported software on the platform.",
        fix = """
                Move to the stable release the pre-release led up to (or the last stable one before it), and \
                let Renovate or Dependabot propose stable upgrades only:
                ```yaml
                image: ghcr.io/acme/api:2.0.0   # was 2.0.0-rc.1
                ```
                If you need a fix that only the pre-release has, note why next to the image and plan the \
                move to the release.""",
        references = {
            "https://kubernetes.io/docs/concepts/containers/images/#image-names",
            "https://semver.org/#spec-item-9"
        })
public final class ImageTagPrerelease implements ContainerRule {


    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Every container counts, init ones included: a pre-release migration job runs the same untested code.
        String image = container.image();
        // A value still to be substituted says nothing about the tag that will run.
        if (image == null || image.isBlank() || image.contains("$") || image.contains("{{")) {
            return;
        }
        ImageReference reference = ImageReference.parse(image);
        if (!reference.hasTag()) {
            return;
        }
        String registry = RegistryPaths.registryOf(RegistryPaths.ofImage(reference.repository()));
        // A moving channel tag (nightly, 1.0-dev) is image-tag-mutable's finding; once a digest pins the
        // build it stays a pre-release, and this rule reports it.
        if (!reference.hasDigest() && ChannelTags.channel(reference.tag(), registry).isPresent()) {
            return;
        }
        Optional<String> marker = PrereleaseTags.marker(reference.tag());
        if (marker.isEmpty() || (marker.get().equals("dev") && ChannelTags.DEV_VARIANT_REGISTRIES.contains(registry))) {
            return;
        }
        findings.report(workload, container, container.imageNode(), Subjects.container(workload, container)
                + ": image \"" + image + "\" is a pre-release (\"" + marker.get() + "\" in tag \"" + reference.tag() + "\")");
    }
}
