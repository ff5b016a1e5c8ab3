package dev.plumb.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformTest {

    private static Platform platform(String yaml) {
        LoadedFile loaded = YamlLoader.load("p.yaml", yaml);
        return new Platform(loaded.resources(), loaded.problems(), loaded.ignores());
    }

    private static final String SHOP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: "3"
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web, tier: front}}
                spec:
                  containers: [{name: web, image: "web:1"}]
                  initContainers: [{name: migrate, image: "web:1"}]
                  volumes: [{name: cache, emptyDir: {}}]
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: backup, namespace: shop}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    metadata: {labels: {app: backup}}
                    spec: {containers: [{name: b, image: "restic:0.17"}], restartPolicy: OnFailure}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec: {selector: {app: web}, ports: [{port: 80}]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web, namespace: shop}
            spec:
              defaultBackend: {service: {name: fallback, port: {number: 80}}}
              rules:
                - host: shop.example.org
                  http:
                    paths:
                      - path: /
                        pathType: Prefix
                        backend: {service: {name: web, port: {name: http}}}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: ops}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
            subjects:
              - {kind: ServiceAccount, name: bot, namespace: ops}
              - {kind: Group, name: admins}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: reader}
            rules: []
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: local, namespace: shop}
            roleRef: {kind: Role, name: missing}
            subjects: [{kind: ServiceAccount, name: web}]
            """;

    @Test
    void workloadViewsReachThePodTemplateOfEveryController() {
        Platform platform = platform(SHOP);
        assertThat(platform.workloads()).extracting(Workload::kind).containsExactly("Deployment", "CronJob");
        Workload web = platform.workloads().get(0);
        assertThat(web.replicas().getAsLong()).isEqualTo(3);
        assertThat(web.podSpec().allContainers()).extracting(Container::name).containsExactly("web", "migrate");
        assertThat(web.podSpec().serviceAccountName()).isEqualTo("default");
        assertThat(web.podSpec().volumes()).extracting(volume -> volume.get("name").text()).containsExactly("cache");
        Workload backup = platform.workloads().get(1);
        assertThat(backup.isBatch()).isTrue();
        assertThat(backup.replicas()).isEmpty();
        assertThat(backup.templateLabels()).isEqualTo(Map.of("app", "backup"));
    }

    @Test
    void servicesFindTheWorkloadsTheySelect() {
        Platform platform = platform(SHOP);
        Resource service = platform.find("Service", "shop", "web").orElseThrow();
        assertThat(platform.workloadsOf(service)).extracting(Workload::name).containsExactly("web");
    }

    @Test
    void ingressBackendsIncludeTheDefaultBackendAndEveryPath() {
        Platform platform = platform(SHOP);
        Resource ingress = platform.ofKind("Ingress").get(0);
        assertThat(platform.backendsOf(ingress)).extracting(BackendRef::serviceName, BackendRef::port)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fallback", "80"), org.assertj.core.groups.Tuple.tuple("web", "http"));
    }

    @Test
    void bindingsResolveTheirRoleAndSubjects() {
        Platform platform = platform(SHOP);
        Resource clusterBinding = platform.ofKind("ClusterRoleBinding").get(0);
        assertThat(platform.roleOf(clusterBinding)).map(Resource::name).contains("reader");
        assertThat(platform.subjectsOf(clusterBinding)).extracting(BindingSubject::describe)
                .containsExactly("ServiceAccount ops/bot", "Group admins");
        Resource roleBinding = platform.ofKind("RoleBinding").get(0);
        assertThat(platform.roleOf(roleBinding)).isEmpty();
        assertThat(platform.subjectsOf(roleBinding).get(0).namespace()).isEqualTo("shop");
    }

    @Test
    void namespacedKindsDefaultToDefaultAndClusterKindsHaveNone() {
        Platform platform = platform("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: shop}
                """);
        assertThat(platform.resources()).extracting(Resource::namespace).containsExactly("default", "");
        assertThat(platform.resources()).extracting(Resource::isNamespaced).containsExactly(true, false);
        assertThat(platform.resources().get(0).namespaceWritten()).isFalse();
        assertThat(platform.inNamespace("default")).extracting(Resource::name).containsExactly("c");
        assertThat(platform.inNamespace("")).extracting(Resource::name).containsExactly("shop");
    }

    @Test
    void selectorsHonourMatchExpressions() {
        LabelSelector selector = LabelSelector.of(dev.plumb.load.yaml.YamlDocuments.parse("s.yaml", """
                matchLabels: {app: web}
                matchExpressions:
                  - {key: tier, operator: In, values: [front, edge]}
                  - {key: canary, operator: DoesNotExist}
                  - {key: env, operator: NotIn, values: [dev]}
                  - {key: team, operator: Exists}
                """).documents().get(0));
        assertThat(selector.matches(Map.of("app", "web", "tier", "edge", "team", "a"))).isTrue();
        assertThat(selector.matches(Map.of("app", "web", "tier", "edge", "team", "a", "canary", "1"))).isFalse();
        assertThat(selector.matches(Map.of("app", "web", "tier", "back", "team", "a"))).isFalse();
        assertThat(selector.matches(Map.of("app", "web", "tier", "front", "team", "a", "env", "dev"))).isFalse();
        assertThat(selector.matches(Map.of("app", "web", "tier", "front"))).isFalse();
        assertThat(LabelSelector.of(MapNode.empty(Position.UNKNOWN)).matchesEverything()).isTrue();
        assertThat(LabelSelector.NOTHING.matches(Map.of())).isFalse();
    }

    @Test
    void imageReferencesSeparateRegistryPortsFromTags() {
        assertThat(ImageReference.parse("registry.local:5000/team/app").tag()).isNull();
        assertThat(ImageReference.parse("registry.local:5000/team/app:1.2").tag()).isEqualTo("1.2");
        ImageReference pinned = ImageReference.parse("nginx:1.27@sha256:abc");
        assertThat(pinned.hasDigest()).isTrue();
        assertThat(pinned.tag()).isEqualTo("1.27");
        assertThat(ImageReference.parse("docker.io/library/postgres:16").shortName()).isEqualTo("postgres");
        assertThat(List.of(ImageReference.parse("redis").hasTag())).containsExactly(false);
    }

    @Test
    void unnamedContainersAreNamedByTheirPlace() {
        Platform platform = platform("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  initContainers: [{image: "busybox:1.36"}]
                  containers: [{name: app, image: "app:1"}, {image: "sidecar:1"}]
                """);
        assertThat(platform.workloads().get(0).podSpec().allContainers()).extracting(Container::name)
                .containsExactly("app", "containers[1]", "initContainers[0]");
    }

    @Test
    void labelsWrittenStraightUnderASelectorSelectNothing() {
        LabelSelector malformed = LabelSelector.of(dev.plumb.load.yaml.YamlDocuments.parse("s.yaml", "app: web\n").documents().get(0));
        assertThat(malformed.matches(Map.of("app", "web"))).isFalse();
        assertThat(malformed.matchesEverything()).isFalse();
    }

    @Test
    void aPodTemplateWithoutContainersIsAFragmentNotAWorkload() {
        Platform platform = platform("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: authelia}
                spec:
                  template:
                    spec:
                      hostAliases: [{ip: "10.0.0.2", hostnames: [ldap.lan]}]
                """);
        assertThat(platform.resources()).hasSize(1);
        assertThat(platform.workloads()).isEmpty();
    }
}
