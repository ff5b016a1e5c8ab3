package dev.plumb.rules.secrets;

import dev.plumb.model.Node;
import dev.plumb.model.HiddenObjects;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Secrets, ConfigMaps and PersistentVolumeClaims the repository makes exist, per namespace, and
 * whether it is the source of truth for a namespace's objects of a kind. Built once per rule run:
 * one pass over the resources, then constant-time lookups.
 *
 * <p>Signal that the repository owns a namespace's objects of a kind: it writes at least one such
 * object there. For ConfigMaps and claims any object counts. For Secrets only managed ones count
 * (SOPS-encrypted Secrets, SealedSecrets, ExternalSecrets, secret-store items): repositories often
 * commit a harmless plaintext Secret and apply the credentials out of band, and a missing-Secret
 * finding there would be wrong.
 *
 * <p>Objects made by something whose output plumb cannot predict make a name unknowable instead of
 * missing: a Helm release targeting the namespace (every name), and any other custom resource
 * outside a few passive groups (names it starts, as operators and charts name what they create
 * after the object or release: {@code <cluster>-app}, {@code <release>-postgresql}).
 */
final class ObjectCatalog {

    enum Kind {
        SECRET("Secret"), CONFIG_MAP("ConfigMap"), PVC("PersistentVolumeClaim");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** {@code keys} is null when plumb cannot list them (filled in by a controller, a template, a store). */
    record Definition(Set<String> keys) {

        static final Definition UNKNOWN_KEYS = new Definition(null);

        Definition merge(Definition other) {
            if (keys == null || other.keys == null) {
                return UNKNOWN_KEYS;
            }
            Set<String> union = new LinkedHashSet<>(keys);
            union.addAll(other.keys);
            return new Definition(union);
        }
    }

    enum Status { FOUND, MISSING, UNKNOWN }

    record Lookup(Status status, Definition definition) {

        static final Lookup MISSING = new Lookup(Status.MISSING, null);
        static final Lookup UNKNOWN = new Lookup(Status.UNKNOWN, null);
    }

    /** Created by Kubernetes in every namespace. */
    private static final String ROOT_CA = "kube-root-ca.crt";
    private static final Set<String> HELM_DEPLOYERS = Set.of("HelmRelease", "HelmChart", "Application");
    /** A Secret whose content another controller copies in from elsewhere. */
    private static final Pattern MIRROR_ANNOTATION = Pattern.compile(
            "reflector\\.v1\\.k8s\\.emberstack\\.com/reflects|replicator\\.v1\\.mittwald\\.de/replicate-from");

    private static final Set<String> PASSIVE_GROUPS = Set.of(
            "traefik.io", "traefik.containo.us", "monitoring.coreos.com", "cert-manager.io", "networking.istio.io",
            "security.istio.io", "kyverno.io", "metallb.io", "cilium.io", "crd.projectcalico.org", "policy.linkerd.io",
            "source.toolkit.fluxcd.io", "notification.toolkit.fluxcd.io", "image.toolkit.fluxcd.io", "external-secrets.io",
            "bitnami.com", "upgrade.cattle.io", "velero.io", "gateway.networking.k8s.io", "keda.sh", "autoscaling.k8s.io");

    private final Map<Kind, Map<String, Map<String, Definition>>> defined = new HashMap<>();
    /** Namespaces where the repository writes objects of the kind (the source-of-truth signal). */
    private final Map<Kind, Set<String>> owned = new HashMap<>();
    /** Names made in any namespace: kustomize generators, ClusterExternalSecrets. */
    private final Map<Kind, Set<String>> anywhere = new HashMap<>();
    /** Names a kustomize patch changes: their keys may differ from what the object's file says. */
    private final Map<Kind, Set<String>> patched = new HashMap<>();
    private final Set<String> helmTargets = new HashSet<>();
    private final Map<String, List<String>> generatedPrefixes = new HashMap<>();
    /** Namespace → "{template}-{statefulset}-" of every volumeClaimTemplate. */
    private final Map<String, List<String>> claimTemplates = new HashMap<>();

    private ObjectCatalog() {
        for (Kind kind : Kind.values()) {
            defined.put(kind, new HashMap<>());
            owned.put(kind, new HashSet<>());
            anywhere.put(kind, new HashSet<>());
            patched.put(kind, new HashSet<>());
        }
    }

    /** The three missing-reference rules run over the same platform: built once for them. */
    /** Content plumb did not analyse that may define the referenced object: then it can't tell. */
    private HiddenObjects hidden;

    static ObjectCatalog of(Platform platform) {
        return platform.derived(ObjectCatalog.class, ObjectCatalog::build);
    }

    private static ObjectCatalog build(Platform platform) {
        ObjectCatalog catalog = new ObjectCatalog();
        catalog.hidden = HiddenObjects.of(platform);
        for (Resource resource : platform.resources()) {
            catalog.add(resource);
        }
        Map<String, TextFile> files = new HashMap<>();
        platform.textFiles().forEach(file -> files.put(file.path(), file));
        for (TextFile file : platform.textFiles()) {
            KustomizeGenerators.Generated generated = KustomizeGenerators.of(file, files);
            generated.names().forEach((kind, names) -> catalog.anywhere.get(kind).addAll(names));
            generated.patched().forEach((kind, names) -> catalog.patched.get(kind).addAll(names));
            catalog.helmTargets.addAll(generated.helmNamespaces());
        }
        return catalog;
    }

    Lookup lookup(Kind kind, String namespace, String name) {
        // A generator (behavior: merge) or a patch may add keys to an object the repository also writes.
        if (anywhere.get(kind).contains(name) || patched.get(kind).contains(name)) {
            return new Lookup(Status.FOUND, Definition.UNKNOWN_KEYS);
        }
        Definition definition = defined.get(kind).getOrDefault(namespace, Map.of()).get(name);
        if (definition != null) {
            return new Lookup(Status.FOUND, definition);
        }
        if (kind == Kind.CONFIG_MAP && name.equals(ROOT_CA)) {
            return new Lookup(Status.FOUND, new Definition(Set.of("ca.crt")));
        }
        if (kind == Kind.PVC && claimTemplates.getOrDefault(namespace, List.of()).stream()
                .anyMatch(prefix -> name.startsWith(prefix) && name.substring(prefix.length()).matches("[0-9]+"))) {
            return new Lookup(Status.FOUND, Definition.UNKNOWN_KEYS);
        }
        if (!owned.get(kind).contains(namespace) || helmTargets.contains(namespace) || hidden.unseen(kind.label, namespace)
                || namespace.equals(Resource.UNKNOWN_NAMESPACE)
                || generatedPrefixes.getOrDefault(namespace, List.of()).stream()
                        .anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "-"))) {
            return Lookup.UNKNOWN;
        }
        return Lookup.MISSING;
    }

    /** How many objects of the kind the repository writes in the namespace, for messages. */
    int definedIn(Kind kind, String namespace) {
        return defined.get(kind).getOrDefault(namespace, Map.of()).size();
    }

    private void add(Resource resource) {
        String ns = resource.namespace();
        Node spec = resource.spec();
        switch (resource.kind()) {
            // Plaintext Secrets define a name but say little about the rest: repositories often commit the
            // harmless ones and apply the real credentials out of band. Encrypted ones show secrets are managed here.
            case "Secret" -> define(Kind.SECRET, ns, resource.name(), secretKeys(resource), resource.body().has("sops"));
            case "ConfigMap" -> define(Kind.CONFIG_MAP, ns, resource.name(),
                    keysOrUnknown(resource.body(), "data", "binaryData"), true);
            case "PersistentVolumeClaim" -> define(Kind.PVC, ns, resource.name(), Definition.UNKNOWN_KEYS, true);
            // The controller unseals into the SealedSecret's own namespace, under the template's name if it gives one.
            case "SealedSecret" -> define(Kind.SECRET, ns, spec.path("template", "metadata", "name").textOr(resource.name()),
                    sealedKeys(spec), true);
            case "ExternalSecret" -> define(Kind.SECRET, ns, spec.path("target", "name").textOr(resource.name()),
                    externalSecretKeys(spec), true);
            case "ClusterExternalSecret" -> anywhere.get(Kind.SECRET).add(spec.path("externalSecretSpec", "target", "name")
                    .optText().orElseGet(() -> spec.get("externalSecretName").textOr(resource.name())));
            case "SecretProviderClass" -> {
                for (Node object : spec.get("secretObjects").elements()) {
                    Set<String> keys = new LinkedHashSet<>();
                    object.get("data").elements().forEach(entry -> entry.get("key").optText().ifPresent(keys::add));
                    object.get("secretName").optText().ifPresent(name -> define(Kind.SECRET, ns, name, new Definition(keys), true));
                }
            }
            // Secret stores' items: the Secret they write is named in the spec, its keys come from the store.
            case "OnePasswordItem" -> define(Kind.SECRET, ns, resource.name(), Definition.UNKNOWN_KEYS, true);
            case "VaultStaticSecret", "VaultDynamicSecret", "VaultPKISecret" -> spec.path("destination", "name").optText()
                    .ifPresent(name -> define(Kind.SECRET, ns, name, Definition.UNKNOWN_KEYS, true));
            case "InfisicalSecret" -> {
                spec.path("managedSecretReference", "secretName").optText()
                        .ifPresent(name -> define(Kind.SECRET, ns, name, Definition.UNKNOWN_KEYS, true));
                spec.get("managedKubeSecretReferences").elements().forEach(ref -> ref.get("secretName").optText()
                        .ifPresent(name -> define(Kind.SECRET, ref.get("secretNamespace").textOr(ns), name,
                                Definition.UNKNOWN_KEYS, true)));
            }
            case "BitwardenSecret" -> spec.get("secretName").optText()
                    .ifPresent(name -> define(Kind.SECRET, ns, name, Definition.UNKNOWN_KEYS, true));
            case "DopplerSecret" -> spec.path("managedSecret", "name").optText().ifPresent(name ->
                    define(Kind.SECRET, spec.path("managedSecret", "namespace").textOr(ns), name, Definition.UNKNOWN_KEYS, true));
            case "Certificate" -> spec.get("secretName").optText().ifPresent(name -> define(Kind.SECRET, ns, name,
                    spec.get("keystores").isMissing() ? new Definition(new LinkedHashSet<>(List.of("tls.crt", "tls.key", "ca.crt")))
                            : Definition.UNKNOWN_KEYS, false));
            case "StatefulSet" -> {
                for (Node template : spec.get("volumeClaimTemplates").elements()) {
                    template.path("metadata", "name").optText().ifPresent(name ->
                            claimTemplates.computeIfAbsent(ns, n -> new ArrayList<>()).add(name + "-" + resource.name() + "-"));
                }
            }
            default -> {
                if (isCustomResource(resource)) {
                    addGenerator(resource);
                }
            }
        }
    }

    private void define(Kind kind, String namespace, String name, Definition definition, boolean ownership) {
        if (name.isEmpty()) {
            return;
        }
        defined.get(kind).computeIfAbsent(namespace, n -> new HashMap<>()).merge(name, definition, Definition::merge);
        if (ownership) {
            owned.get(kind).add(namespace);
        }
    }

    /** A Helm release makes names plumb cannot know; any other custom resource may make objects named after it. */
    private void addGenerator(Resource resource) {
        Node spec = resource.spec();
        Set<String> namespaces = new LinkedHashSet<>();
        namespaces.add(resource.namespace());
        spec.get("targetNamespace").optText().ifPresent(namespaces::add);
        spec.path("destination", "namespace").optText().ifPresent(namespaces::add);
        if (HELM_DEPLOYERS.contains(resource.kind())) {
            boolean helm = !resource.kind().equals("Application") || !spec.path("source", "chart").isMissing()
                    || !spec.path("source", "helm").isMissing()
                    || spec.get("sources").elements().stream()
                            .anyMatch(source -> !source.get("chart").isMissing() || !source.get("helm").isMissing());
            if (helm) {
                // The release's own namespace holds only the HelmRelease; its objects go to the target.
                spec.get("targetNamespace").optText().ifPresentOrElse(helmTargets::add, () ->
                        spec.path("destination", "namespace").optText().ifPresentOrElse(helmTargets::add,
                                () -> helmTargets.add(resource.namespace())));
                return;
            }
        }
        List<String> prefixes = new ArrayList<>();
        prefixes.add(resource.name());
        spec.get("releaseName").optText().ifPresent(prefixes::add);
        for (String namespace : namespaces) {
            generatedPrefixes.computeIfAbsent(namespace, n -> new ArrayList<>()).addAll(prefixes);
        }
    }

    /**
     * Kubernetes' own groups ("", "apps", "*.k8s.io") create nothing named after an object, nor do the
     * routing, monitoring, policy and source objects homelab repositories are full of: an IngressRoute
     * named "shop" must not hide every missing "shop-*" Secret.
     */
    private static boolean isCustomResource(Resource resource) {
        String group = resource.group();
        return group.contains(".") && !group.endsWith(".k8s.io") && !resource.name().isEmpty()
                && !PASSIVE_GROUPS.contains(group);
    }

    private static Definition secretKeys(Resource secret) {
        boolean controllerFilled = "kubernetes.io/service-account-token".equals(secret.body().get("type").text())
                || secret.annotations().keySet().stream().anyMatch(key -> MIRROR_ANNOTATION.matcher(key).matches());
        return controllerFilled ? Definition.UNKNOWN_KEYS : keysOrUnknown(secret.body(), "data", "stringData");
    }

    /** Keys of the given maps; none at all reads as "filled in later", not as "empty". */
    private static Definition keysOrUnknown(Node parent, String... sections) {
        Set<String> keys = new LinkedHashSet<>();
        for (String section : sections) {
            keys.addAll(parent.get(section).fields().keySet());
        }
        return keys.isEmpty() ? Definition.UNKNOWN_KEYS : new Definition(keys);
    }

    private static Definition sealedKeys(Node spec) {
        Set<String> keys = new LinkedHashSet<>(spec.get("encryptedData").fields().keySet());
        keys.addAll(spec.path("template", "data").fields().keySet());
        return keys.isEmpty() ? Definition.UNKNOWN_KEYS : new Definition(keys);
    }

    private static Definition externalSecretKeys(Node spec) {
        Node template = spec.path("target", "template");
        if (!spec.get("dataFrom").elements().isEmpty() || !template.get("templateFrom").isMissing()) {
            return Definition.UNKNOWN_KEYS;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Node entry : spec.get("data").elements()) {
            // external-secrets.io names the key secretKey; the older kubernetes-client.io API names it name.
            entry.get("secretKey").optText().or(() -> entry.get("name").optText()).ifPresent(keys::add);
        }
        keys.addAll(template.get("data").fields().keySet());
        return keys.isEmpty() ? Definition.UNKNOWN_KEYS : new Definition(keys);
    }
}
