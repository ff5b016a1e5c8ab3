package dev.plumb.load.kustomize;

import dev.plumb.model.Position;

/** Why an overlay could not be built, at the line of the kustomization (or patch) that asks for it. */
final class BuildFailure extends RuntimeException {

    private final transient Position position;

    BuildFailure(Position position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    Position position() {
        return position;
    }
}
