package dev.plumb.model;

/**
 * A container image reference split the way registries read it:
 * {@code [registry[:port]/]repository[:tag][@digest]}. A colon before the last '/' belongs to a
 * registry port, not to a tag.
 */
public record ImageReference(String raw, String repository, String tag, String digest) {

    public static ImageReference parse(String raw) {
        String rest = raw.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(raw, rest, tag, digest);
    }

    public boolean hasDigest() {
        return digest != null && !digest.isEmpty();
    }

    public boolean hasTag() {
        return tag != null && !tag.isEmpty();
    }

    /** The last path segment of the repository ("postgres" for "docker.io/library/postgres"). */
    public String shortName() {
        int slash = repository.lastIndexOf('/');
        return slash < 0 ? repository : repository.substring(slash + 1);
    }
}
