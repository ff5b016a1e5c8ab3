package dev.plumb.load.helmfile;

import dev.plumb.model.Position;

/**
 * A helmfile that helmfile itself would refuse: where (the template or YAML line at fault) and why. Some
 * failures say nothing about the helmfile — it needs the environment, or an environment other than the
 * default — and are not problems: plumb cannot tell, and says so in the coverage.
 */
final class HelmfileFailure extends RuntimeException {

    static final String NEEDS_ENVIRONMENT = "needs values plumb does not read (environment, commands, secrets)";
    static final String NAMED_ENVIRONMENTS = "written for named environments, and plumb reads the default one";

    private final Position position;
    private final String unknowableBecause;

    HelmfileFailure(Position position, String message) {
        this(position, message, null);
    }

    private HelmfileFailure(Position position, String message, String unknowableBecause) {
        super(message, null, false, false);
        this.position = position;
        this.unknowableBecause = unknowableBecause;
    }

    /** A failure that only the real environment could avoid: the template had used env, exec or a secret. */
    static HelmfileFailure needsEnvironment(Position position) {
        return new HelmfileFailure(position, NEEDS_ENVIRONMENT, NEEDS_ENVIRONMENT);
    }

    /** The same failure of a helmfile without a default environment: it would render in the one it is run with. */
    HelmfileFailure inNamedEnvironment() {
        return new HelmfileFailure(position, getMessage(), NAMED_ENVIRONMENTS);
    }

    Position position() {
        return position;
    }

    boolean unknowable() {
        return unknowableBecause != null;
    }

    /** Why plumb cannot judge the helmfile, for the coverage line; null for a real failure. */
    String unknowableBecause() {
        return unknowableBecause;
    }
}
