package dev.plumb.rule;

import dev.plumb.model.Platform;

/** Checks the platform as a whole: relations between objects and repository-wide capabilities. */
public non-sealed interface PlatformRule extends Rule {

    void check(Platform platform, Findings findings);
}
