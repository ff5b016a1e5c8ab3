package dev.plumb.rules.capabilities;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Findings;

/**
 * A place in the repository: an object (and the node to point at) or a line of a file, with a
 * phrase saying what is there. Evidence that a capability exists, or the object that needs it.
 */
record Anchor(Resource resource, Node node, TextFile file, int line, String what) {

    static Anchor at(Resource resource, Node node, String what) {
        return new Anchor(resource, node, null, 0, what);
    }

    /** An object as a whole: its name is the line a reader looks for. */
    static Anchor at(Resource resource, String what) {
        return at(resource, resource.metadata().get("name"), what);
    }

    static Anchor inFile(TextFile file, int line, String what) {
        return new Anchor(null, null, file, line, what);
    }

    void report(Findings findings, String message) {
        if (resource != null) {
            findings.report(resource, node, message);
        } else {
            findings.report(file.positionOf(line), message);
        }
    }
}
