package dev.plumb.load.helmfile;

import dev.plumb.model.Position;

/** A helmfile that helmfile itself would refuse: where (the template or YAML line at fault) and why. */
final class HelmfileFailure extends RuntimeException {

    private final Position position;

    HelmfileFailure(Position position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    Position position() {
        return position;
    }
}
