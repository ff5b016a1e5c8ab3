package dev.plumb.model;

/** A subject of a RoleBinding or ClusterRoleBinding: a ServiceAccount (with its namespace), a User or a Group. */
public record BindingSubject(String kind, String name, String namespace, Node node) {

    /** "ServiceAccount monitoring/prometheus", "User alice", "Group system:masters". */
    public String describe() {
        return kind.equals("ServiceAccount") && !namespace.isEmpty()
                ? kind + " " + namespace + "/" + name
                : kind + " " + name;
    }
}
