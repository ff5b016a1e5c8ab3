package dev.plumb.rule;

import dev.plumb.model.Container;
import dev.plumb.model.Workload;

/** Checks each container (regular, init and ephemeral) of each workload. */
public non-sealed interface ContainerRule extends Rule {

    void check(Workload workload, Container container, Findings findings);
}
