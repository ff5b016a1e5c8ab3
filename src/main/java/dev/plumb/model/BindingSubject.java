package dev.plumb.model;

import java.util.ArrayList;
import java.util.List;

/** A subject of a RoleBinding or ClusterRoleBinding: a ServiceAccount (with its namespace), a User or a Group. */
public record BindingSubject(String kind, String name, String namespace, Node node) {

    /** Subjects of a binding; a ServiceAccount without a namespace belongs to the binding's namespace. */
    public static List<BindingSubject> of(Resource binding) {
        List<BindingSubject> subjects = new ArrayList<>();
        for (Node subject : binding.body().get("subjects").elements()) {
            String kind = subject.get("kind").textOr("");
            String name = subject.get("name").textOr("");
            String namespace = subject.get("namespace").textOr(kind.equals("ServiceAccount") ? binding.namespace() : "");
            subjects.add(new BindingSubject(kind, name, namespace, subject));
        }
        return subjects;
    }

    /** "ServiceAccount monitoring/prometheus", "User alice", "Group system:masters". */
    public String describe() {
        // A name computed at apply time (a Terraform for_each over users) still deserves a readable message.
        String shown = name.isEmpty() ? "(name not known before apply)" : name;
        return kind.equals("ServiceAccount") && !namespace.isEmpty()
                ? kind + " " + namespace + "/" + shown
                : kind + " " + shown;
    }
}
