package dev.plumb.rules.networking;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Traefik's Kubernetes objects (both the current traefik.io and the older traefik.containo.us API
 * group) and the ways they refer to Middlewares.
 */
final class Traefik {

    static final String MIDDLEWARES_ANNOTATION = "traefik.ingress.kubernetes.io/router.middlewares";
    static final String CRD_PROVIDER = "@kubernetescrd";

    private static final Set<String> GROUPS = Set.of("traefik.io", "traefik.containo.us");

    /**
     * A reference to a Middleware. Either {@code namespace} and {@code name} are known (an
     * IngressRoute or chain entry), or only {@code qualified}, Traefik's "namespace-name" form in
     * which the dash between the two cannot be told from a dash inside either.
     */
    record MiddlewareRef(Resource from, Node at, String namespace, String name, String qualified) {

        boolean isQualified() {
            return namespace == null;
        }

        /** How the reference reads in a message. */
        String describe() {
            return isQualified() ? qualified + CRD_PROVIDER : namespace + "/" + name;
        }
    }

    private Traefik() {
    }

    static boolean isTraefik(Resource resource) {
        return GROUPS.contains(resource.group());
    }

    static List<Resource> ofKind(Platform platform, String kind) {
        return platform.ofKind(kind).stream().filter(Traefik::isTraefik).toList();
    }

    /** Every Middleware reference of IngressRoutes, Traefik Ingress annotations and Middleware chains. */
    static List<MiddlewareRef> middlewareRefs(Platform platform) {
        List<MiddlewareRef> refs = new ArrayList<>();
        for (Resource route : ofKind(platform, "IngressRoute")) {
            for (Node rule : route.spec().get("routes").elements()) {
                for (Node entry : rule.get("middlewares").elements()) {
                    add(refs, route, entry);
                }
            }
        }
        for (Resource middleware : ofKind(platform, "Middleware")) {
            for (Node entry : middleware.spec().path("chain", "middlewares").elements()) {
                add(refs, middleware, entry);
            }
        }
        // Gateway API routes reach Traefik Middlewares through an ExtensionRef filter.
        for (Resource route : platform.ofKind("HTTPRoute")) {
            for (Node rule : route.spec().get("rules").elements()) {
                for (Node filter : rule.get("filters").elements()) {
                    Node extension = filter.get("extensionRef");
                    if ("Middleware".equals(extension.get("kind").text())
                            && GROUPS.contains(extension.get("group").textOr(""))) {
                        add(refs, route, extension);
                    }
                }
            }
        }
        for (Resource ingress : platform.ofKind("Ingress")) {
            Node value = ingress.metadata().path("annotations", MIDDLEWARES_ANNOTATION);
            for (String item : value.textOr("").split(",")) {
                String qualified = crdQualified(item.trim());
                if (qualified != null) {
                    refs.add(new MiddlewareRef(ingress, value, null, null, qualified));
                }
            }
        }
        return refs;
    }

    private static void add(List<MiddlewareRef> refs, Resource from, Node entry) {
        String name = entry.get("name").text();
        if (name == null || isTemplated(name)) {
            return;
        }
        if (name.contains("@")) {
            // A provider-qualified name is used as written, whatever namespace the entry gives.
            String qualified = crdQualified(name);
            if (qualified != null) {
                refs.add(new MiddlewareRef(from, entry.get("name"), null, null, qualified));
            }
            return;
        }
        String namespace = entry.get("namespace").textOr(from.namespace());
        refs.add(new MiddlewareRef(from, entry.get("name"), namespace, name, null));
    }

    /** "traefik-auth" for "traefik-auth@kubernetescrd"; null for other providers (@file, @docker) and templated text. */
    private static String crdQualified(String item) {
        if (!item.endsWith(CRD_PROVIDER) || isTemplated(item)) {
            return null;
        }
        String qualified = item.substring(0, item.length() - CRD_PROVIDER.length());
        return qualified.isEmpty() ? null : qualified;
    }

    private static boolean isTemplated(String text) {
        return text.contains("{{") || text.contains("${");
    }

    /** The Middlewares the repository defines, looked up by namespace and name or by Traefik's qualified name. */
    static final class Middlewares {

        private final Map<String, Resource> byId = new HashMap<>();
        private final Map<String, Resource> byQualified = new HashMap<>();
        private final Map<String, List<String>> namesByNamespace = new TreeMap<>();

        Middlewares(Platform platform) {
            for (Resource middleware : ofKind(platform, "Middleware")) {
                byId.putIfAbsent(middleware.namespace() + "/" + middleware.name(), middleware);
                byQualified.putIfAbsent(qualifiedName(middleware), middleware);
                namesByNamespace.computeIfAbsent(middleware.namespace(), ns -> new ArrayList<>()).add(middleware.name());
            }
        }

        boolean isEmpty() {
            return byId.isEmpty();
        }

        /** The Middleware a reference resolves to, if the repository defines it. */
        Optional<Resource> resolve(MiddlewareRef ref) {
            return Optional.ofNullable(ref.isQualified() ? byQualified.get(ref.qualified())
                    : byId.get(ref.namespace() + "/" + ref.name()));
        }

        boolean definesIn(String namespace) {
            return namesByNamespace.containsKey(namespace);
        }

        /**
         * The namespace a qualified name means: the longest namespace of the repository that prefixes
         * it ("home-automation" before "home"). Empty when that namespace holds no Middlewares in the
         * repository, or no namespace prefixes it: then plumb cannot tell.
         */
        Optional<String> namespaceOf(String qualified, Set<String> namespaces) {
            for (int dash = qualified.lastIndexOf('-'); dash > 0; dash = qualified.lastIndexOf('-', dash - 1)) {
                String namespace = qualified.substring(0, dash);
                if (dash < qualified.length() - 1 && namespaces.contains(namespace)) {
                    return Optional.of(namespace).filter(this::definesIn);
                }
            }
            return Optional.empty();
        }

        /** The names defined in a namespace, for messages: a typo is easier to spot next to the right name. */
        String namesIn(String namespace) {
            List<String> names = namesByNamespace.getOrDefault(namespace, List.of()).stream().sorted().distinct().toList();
            String shown = String.join(", ", names.subList(0, Math.min(names.size(), 5)));
            return names.size() > 5 ? shown + ", …" : shown;
        }
    }

    /** Traefik's provider-qualified name of a Middleware, without the provider suffix. */
    static String qualifiedName(Resource middleware) {
        return middleware.namespace() + "-" + middleware.name();
    }
}
