package dev.plumb.rule;

import dev.plumb.model.Resource;
import java.util.Set;

/** Checks each resource of the given kinds on its own. */
public non-sealed interface ResourceRule extends Rule {

    /** Stands for every kind, for rules about any object (its API version, its namespace). */
    Set<String> ANY_KIND = Set.of("*");

    /** The kinds to check, or {@link #ANY_KIND}. */
    Set<String> kinds();

    void check(Resource resource, Findings findings);
}
