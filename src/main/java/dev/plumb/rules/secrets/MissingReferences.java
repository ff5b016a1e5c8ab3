package dev.plumb.rules.secrets;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Workload;
import dev.plumb.rule.Findings;
import dev.plumb.rules.Subjects;
import dev.plumb.rules.secrets.ObjectCatalog.Kind;
import dev.plumb.rules.secrets.ObjectCatalog.Lookup;
import dev.plumb.rules.secrets.PodReferences.Reference;
import java.util.List;
import java.util.Set;

/** The check the three missing-reference rules share; each names one kind of object. */
final class MissingReferences {

    private static final int KEYS_LISTED = 6;

    private MissingReferences() {
    }

    static void check(Platform platform, Kind kind, Findings findings) {
        ObjectCatalog catalog = ObjectCatalog.of(platform);
        for (Workload workload : platform.workloads()) {
            for (Reference reference : PodReferences.of(workload, kind)) {
                Lookup lookup = catalog.lookup(kind, workload.namespace(), reference.name());
                switch (lookup.status()) {
                    case MISSING -> {
                        // An items entry of a missing object: the volume's own reference reports it once.
                        if (!reference.item()) {
                            report(workload, reference, reference.nameAt(), uses(workload, reference)
                                    + ", which namespace " + workload.namespace() + " does not define (the repository defines "
                                    + others(catalog, kind, workload.namespace()) + " there)", findings);
                        }
                    }
                    case FOUND -> {
                        Set<String> keys = lookup.definition().keys();
                        if (reference.key() != null && keys != null && !keys.contains(reference.key())) {
                            report(workload, reference, reference.keyAt(), subject(workload, reference)
                                    + (reference.container() == null ? " mounts key \"" : " reads key \"")
                                    + reference.key() + "\" of " + kind.label + " \"" + reference.name() + "\" ("
                                    + reference.via() + "), which has no such key (it has " + listed(keys) + ")", findings);
                        }
                    }
                    case UNKNOWN -> {
                        // Made outside what plumb reads: nothing to say.
                    }
                }
            }
        }
    }

    private static String uses(Workload workload, Reference reference) {
        String verb = reference.container() == null ? " mounts " : " reads ";
        return subject(workload, reference) + verb + reference.kind().label + " \"" + reference.name() + "\" ("
                + reference.via() + ")";
    }

    private static String subject(Workload workload, Reference reference) {
        return reference.container() == null ? workload.resource().id() : Subjects.container(workload, reference.container());
    }

    private static String others(ObjectCatalog catalog, Kind kind, String namespace) {
        int count = catalog.definedIn(kind, namespace);
        return count == 1 ? "1 other " + kind.label : count + " other " + kind.label + "s";
    }

    private static String listed(Set<String> keys) {
        if (keys.isEmpty()) {
            return "none";
        }
        List<String> shown = keys.stream().limit(KEYS_LISTED).map(key -> "\"" + key + "\"").toList();
        String more = keys.size() > KEYS_LISTED ? " and " + (keys.size() - KEYS_LISTED) + " more" : "";
        return String.join(", ", shown) + more;
    }

    private static void report(Workload workload, Reference reference, Node at, String message,
                               Findings findings) {
        if (reference.container() != null) {
            findings.report(workload, reference.container(), at, message);
        } else {
            findings.report(workload, at, message);
        }
    }
}
