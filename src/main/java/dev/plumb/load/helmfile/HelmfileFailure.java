package dev.plumb.load.helmfile;

import dev.plumb.model.Position;

/** A helmfile that helmfile itself would refuse: where (the template or YAML line at fault) and why. */
final class HelmfileFailure extends RuntimeException {

    private final Position position;
    private final boolean unknowable;

    HelmfileFailure(Position position, String message) {
        this(position, message, false);
    }

    /** @param unknowable the template failed only after using what plumb never reads (env, exec, secrets) */
    HelmfileFailure(Position position, String message, boolean unknowable) {
        super(message, null, false, false);
        this.position = position;
        this.unknowable = unknowable;
    }

    boolean unknowable() {
        return unknowable;
    }

    Position position() {
        return position;
    }
}
