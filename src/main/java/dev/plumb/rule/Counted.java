package dev.plumb.rule;

/**
 * What the concerns audit counts a rule's findings in. Most rules are about the workloads,
 * containers or objects their findings name; a few report at a stand-in and are counted as what
 * they are really about.
 */
public enum Counted {
    /** The workloads, containers or objects the findings name: "7 of 9 workloads". */
    SUBJECTS,
    /** A rule about a namespace reports at its first workload: "3 namespaces", not "3 workloads". */
    NAMESPACES,
    /**
     * Each finding is one image reference, its facet the tag ("none" when there is none): "4 of 12
     * image references use a mutable tag (`latest` 2, no tag 1)", with {@link RuleInfo#predicate()}.
     */
    IMAGE_REFERENCES
}
