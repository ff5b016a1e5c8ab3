package dev.plumb.rule;

import dev.plumb.model.Resource;
import java.util.Set;

/** Checks each resource of the given kinds on its own. */
public non-sealed interface ResourceRule extends Rule {

    Set<String> kinds();

    void check(Resource resource, Findings findings);
}
