package dev.plumb.load.terraform;

/** Which stack a module call instantiates: the scan's stacks, inside the root, within the nesting limit. */
interface StackPlan {

    /** The module's stack, or null when plumb does not follow the call (remote, outside the root, too deep). */
    Stack moduleOf(Stack caller, HclBlock call, StackInstance instance);
}
