package dev.plumb.load.kustomize;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * After a build renames objects (prefix, suffix, a generator's hash), the references to them follow, as
 * kustomize's name-reference step does: ConfigMaps and Secrets in pod specs (volumes, env, envFrom,
 * pull secrets), ServiceAccounts, claims, Services behind an Ingress or a StatefulSet, and the roles and
 * accounts of bindings. The reference keeps the line it is written on, with the name the build made.
 */
final class NameReferences {

    private final List<BuiltObject> objects;
    private String namespace;

    private NameReferences(List<BuiltObject> objects) {
        this.objects = objects;
    }

    static void fix(List<BuiltObject> objects) {
        NameReferences references = new NameReferences(objects);
        for (BuiltObject object : objects) {
            references.namespace = object.namespace();
            object.body = references.referrer(object);
        }
    }

    private MapNode referrer(BuiltObject object) {
        MapNode body = object.body;
        switch (object.kind()) {
            case "Pod" -> body = at(body, List.of("spec"), this::podSpec);
            case "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job", "ReplicationController" -> {
                body = at(body, List.of("spec", "template", "spec"), this::podSpec);
                if (object.kind().equals("StatefulSet")) {
                    body = at(body, List.of("spec", "serviceName"), name -> rename(name, "Service"));
                }
            }
            case "CronJob" -> body = at(body, List.of("spec", "jobTemplate", "spec", "template", "spec"), this::podSpec);
            case "Ingress" -> {
                body = at(body, List.of("spec", "defaultBackend", "service", "name"), name -> rename(name, "Service"));
                body = at(body, List.of("spec", "rules"), rules -> each(rules, rule -> at(rule, List.of("http", "paths"),
                        paths -> each(paths, path -> at(path, List.of("backend", "service", "name"),
                                name -> rename(name, "Service"))))));
                body = at(body, List.of("spec", "tls"), tls -> each(tls, entry -> at(entry, List.of("secretName"),
                        name -> rename(name, "Secret"))));
            }
            case "RoleBinding", "ClusterRoleBinding" -> {
                String roleKind = body.path("roleRef", "kind").textOr("");
                body = at(body, List.of("roleRef", "name"), name -> rename(name, roleKind));
                body = at(body, List.of("subjects"), subjects -> each(subjects, this::subject));
            }
            default -> { }
        }
        return body;
    }

    /** A ServiceAccount subject follows the account: its name, and the namespace the build put it in. */
    private Node subject(Node subject) {
        if (!"ServiceAccount".equals(subject.get("kind").text()) || !(subject instanceof MapNode map)) {
            return subject;
        }
        String written = subject.get("namespace").text();
        BuiltObject account = find("ServiceAccount", subject.get("name").text(), written == null ? namespace : written);
        if (account == null || (written != null && !written.equals(account.namespace())
                && !written.equals(account.originalNamespace))) {
            return subject;
        }
        MapNode result = at(map, List.of("name"), name -> rename(name, "ServiceAccount"));
        Node namespaceNode = account.body.path("metadata", "namespace");
        if (!account.namespace().isEmpty() && !account.namespace().equals(written)) {
            result = Trees.edit(result, List.of("namespace"), namespaceNode.position(), old -> namespaceNode);
        }
        return result;
    }

    private Node podSpec(Node spec) {
        Node result = spec;
        result = at(result, List.of("serviceAccountName"), name -> rename(name, "ServiceAccount"));
        result = at(result, List.of("imagePullSecrets"), secrets -> each(secrets,
                secret -> at(secret, List.of("name"), name -> rename(name, "Secret"))));
        result = at(result, List.of("volumes"), volumes -> each(volumes, this::volume));
        for (String field : List.of("containers", "initContainers")) {
            result = at(result, List.of(field), containers -> each(containers, this::container));
        }
        return result;
    }

    private Node volume(Node volume) {
        Node result = volume;
        result = at(result, List.of("configMap", "name"), name -> rename(name, "ConfigMap"));
        result = at(result, List.of("secret", "secretName"), name -> rename(name, "Secret"));
        result = at(result, List.of("persistentVolumeClaim", "claimName"), name -> rename(name, "PersistentVolumeClaim"));
        result = at(result, List.of("projected", "sources"), sources -> each(sources, source -> {
            Node changed = at(source, List.of("configMap", "name"), name -> rename(name, "ConfigMap"));
            return at(changed, List.of("secret", "name"), name -> rename(name, "Secret"));
        }));
        return result;
    }

    private Node container(Node container) {
        Node result = container;
        result = at(result, List.of("env"), env -> each(env, variable -> {
            Node changed = at(variable, List.of("valueFrom", "configMapKeyRef", "name"), name -> rename(name, "ConfigMap"));
            return at(changed, List.of("valueFrom", "secretKeyRef", "name"), name -> rename(name, "Secret"));
        }));
        result = at(result, List.of("envFrom"), sources -> each(sources, source -> {
            Node changed = at(source, List.of("configMapRef", "name"), name -> rename(name, "ConfigMap"));
            return at(changed, List.of("secretRef", "name"), name -> rename(name, "Secret"));
        }));
        return result;
    }

    private Node rename(Node name, String kind) {
        String written = name.text();
        if (written == null) {
            return name;
        }
        BuiltObject only = find(kind, written, namespace);
        return only == null || only.name().equals(written) ? name : Trees.retext(name, only.name());
    }

    /** The object of {@code kind} first named {@code name}: the one in {@code near} when several. */
    private BuiltObject find(String kind, String name, String near) {
        BuiltObject found = null;
        for (BuiltObject object : objects) {
            if (object.kind().equals(kind) && object.originalName.equals(name)) {
                if (object.namespace().equals(near)) {
                    return object;
                }
                found = found == null ? object : found;
            }
        }
        return found;
    }

    private interface Edit {
        Node apply(Node node);
    }

    /** {@code node} with the value at {@code path} edited, when present. */
    @SuppressWarnings("unchecked")
    private static <T extends Node> T at(T node, List<String> path, Edit edit) {
        if (!(node instanceof MapNode map)) {
            return node;
        }
        Node current = map.path(path.toArray(String[]::new));
        if (current.isMissing()) {
            return node;
        }
        Node changed = edit.apply(current);
        return changed == current ? node : (T) Trees.edit(map, path, map.position(), old -> changed);
    }

    private static Node each(Node list, Edit edit) {
        if (!(list instanceof ListNode elements)) {
            return list;
        }
        List<Node> changed = new ArrayList<>();
        boolean any = false;
        for (Node element : elements.elements()) {
            Node edited = edit.apply(element);
            any |= edited != element;
            changed.add(edited);
        }
        return any ? Trees.list(list, changed) : list;
    }
}
