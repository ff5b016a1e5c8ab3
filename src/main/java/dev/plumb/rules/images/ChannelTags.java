package dev.plumb.rules.images;

import dev.plumb.model.ImageReference;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an image tag follows a branch or a release channel, and so moves with every push:
 * {@code latest}, {@code main}, and a version or variant joined to such a word ({@code 16-master},
 * {@code main-alpine}, {@code latest-cuda}, {@code stable_slim}).
 */
final class ChannelTags {

    /**
     * Branch heads and release channels: whatever version sits next to them, the tag is re-pushed on
     * each build. {@code stable} and {@code mainline} are channels too (nginx:stable-alpine changes on
     * every nginx release), and {@code develop}/{@code dev} are branches. Matched as whole words between
     * separators, so CUDA's {@code devel} and {@code mainnet} are not among them.
     */
    private static final Set<String> BRANCHES = Set.of(
            "latest", "master", "main", "trunk", "develop", "development", "dev", "edge", "nightly", "stable", "mainline");

    /**
     * Channels that also name one numbered pre-release ({@code 2.0.0-beta.1}, {@code 15.0.0-canary.12}):
     * they move only as a channel, in a tag that carries no number ({@code beta}, {@code beta-alpine});
     * with a number they are a fixed pre-release, which image-tag-prerelease reports.
     */
    private static final Set<String> PRERELEASE_CHANNELS = Set.of("beta", "alpha", "canary", "preview", "unstable", "insiders");

    /**
     * Registries of hardened images whose {@code -dev} variant is a release with a shell and package
     * manager added, not a development branch.
     */
    static final Set<String> DEV_VARIANT_REGISTRIES = Set.of("cgr.dev", "dhi.io");

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]");
    /** A build date pins one build: 2024.10.01, 2024-10-01, 20241001 (a time may follow). */
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(?:19|20)\\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\\d|3[01])(?![0-9])");
    /** A commit hash of at least 7 hex digits, with at least one digit (so a word such as "defaced" is not one). */
    private static final Pattern COMMIT = Pattern.compile("(?=[a-f]*[0-9])[0-9a-f]{7,40}");

    private ChannelTags() {
    }

    /** The branch or channel a reference's tag follows, read with its registry's conventions. */
    static Optional<String> channel(ImageReference reference) {
        return channel(reference.tag(), RegistryPaths.registryOf(RegistryPaths.ofImage(reference.repository())));
    }

    /** The branch or channel word the tag follows, unless a date or a commit in it pins one build. */
    static Optional<String> channel(String tag, String registry) {
        String lower = tag.toLowerCase(Locale.ROOT);
        String[] tokens = SEPARATORS.split(lower);
        boolean numbered = lower.chars().anyMatch(Character::isDigit);
        String found = null;
        for (String token : tokens) {
            boolean branch = BRANCHES.contains(token) && !(token.equals("dev") && DEV_VARIANT_REGISTRIES.contains(registry));
            if (branch || (!numbered && PRERELEASE_CHANNELS.contains(token))) {
                found = token;
                break;
            }
        }
        if (found == null || DATE.matcher(lower).find()) {
            return Optional.empty();
        }
        for (String token : tokens) {
            if (COMMIT.matcher(token).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(found);
    }
}
