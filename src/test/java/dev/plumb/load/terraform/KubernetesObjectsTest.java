package dev.plumb.load.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.Container;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Resource bodies are written here in YAML shaped as the HCL parser hands them over: an argument
 * is a key, a nested block is a list of bodies (one per occurrence). Line 1 stands for the
 * {@code resource "…" "…" {} header.
 */
class KubernetesObjectsTest {

    private static final String FILE = "stack/main.tf";

    @Test
    void deploymentBecomesAppsV1DeploymentWithContainerListsAndCamelCaseFields() {
        HclBlock block = resource("kubernetes_deployment_v1", """
                metadata:
                  - name: web
                    namespace: shop
                    labels: {app: web, team_name: store}
                spec:
                  - replicas: "2"
                    selector:
                      - match_labels: {app: web}
                    strategy:
                      - type: RollingUpdate
                    template:
                      - metadata:
                          - labels: {app: web}
                        spec:
                          - service_account_name: web
                            security_context:
                              - run_as_non_root: true
                                fs_group: 2000
                            node_selector: {kubernetes.io/arch: amd64}
                            container:
                              - name: app
                                image: nginx:1.27.3
                                env:
                                  - name: MODE
                                    value: prod
                                  - name: PASSWORD
                                    value_from:
                                      - secret_key_ref:
                                          - name: web-credentials
                                            key: password
                                port:
                                  - container_port: 8080
                                liveness_probe:
                                  - http_get:
                                      - path: /healthz
                                        port: "8080"
                                        http_header:
                                          - name: X-Probe
                                            value: liveness
                                    initial_delay_seconds: 5
                                resources:
                                  - limits: {cpu: 500m, memory: 256Mi}
                                    requests: {cpu: 100m, memory: 128Mi}
                                security_context:
                                  - read_only_root_filesystem: true
                                    allow_privilege_escalation: false
                                    capabilities:
                                      - drop: [ALL]
                              - name: sidecar
                                image: busybox:latest
                                volume_mount:
                                  - name: cache
                                    mount_path: /cache
                                    read_only: true
                            volume:
                              - name: cache
                                empty_dir:
                                  - size_limit: 1Gi
                wait_for_rollout: false
                timeouts:
                  - create: 5m
                """);

        MapNode object = KubernetesObjects.translate(block).orElseThrow();

        assertThat(object.get("apiVersion").text()).isEqualTo("apps/v1");
        assertThat(object.get("kind").text()).isEqualTo("Deployment");
        assertThat(object.get("apiVersion").position()).isEqualTo(block.position());
        assertThat(object.has("waitForRollout")).isFalse();
        assertThat(object.has("timeouts")).isFalse();
        assertThat(object.path("metadata", "labels").stringMap()).containsEntry("team_name", "store");
        Node spec = object.get("spec");
        assertThat(spec.get("replicas").asLong()).contains(2L);
        assertThat(spec.path("selector", "matchLabels").stringMap()).containsEntry("app", "web");
        Node podSpec = spec.path("template", "spec");
        assertThat(podSpec.get("serviceAccountName").text()).isEqualTo("web");
        assertThat(podSpec.path("securityContext", "runAsNonRoot").isTrue()).isTrue();
        assertThat(podSpec.get("nodeSelector").stringMap()).containsKey("kubernetes.io/arch");

        Node app = podSpec.get("containers").get(0);
        assertThat(podSpec.get("containers").elements()).hasSize(2);
        assertThat(app.get("env").get(1).path("valueFrom", "secretKeyRef", "key").text()).isEqualTo("password");
        assertThat(app.get("ports").get(0).get("containerPort").asLong()).contains(8080L);
        assertThat(app.path("livenessProbe", "httpGet", "port").asLong()).contains(8080L);
        assertThat(app.path("livenessProbe", "httpGet", "httpHeaders").get(0).get("name").text()).isEqualTo("X-Probe");
        assertThat(app.path("livenessProbe", "initialDelaySeconds").text()).isEqualTo("5");
        assertThat(app.path("resources", "limits", "memory").text()).isEqualTo("256Mi");
        assertThat(app.path("resources", "requests", "cpu").text()).isEqualTo("100m");
        assertThat(app.path("securityContext", "readOnlyRootFilesystem").isTrue()).isTrue();
        assertThat(app.path("securityContext", "allowPrivilegeEscalation").isFalse()).isTrue();
        assertThat(app.path("securityContext", "capabilities", "drop").get(0).text()).isEqualTo("ALL");
        Node mount = podSpec.get("containers").get(1).get("volumeMounts").get(0);
        assertThat(spec.path("template", "spec", "containers").get(1).get("volumeMounts").get(0).get("mountPath").text())
                .isEqualTo("/cache");
        assertThat(mount.get("readOnly").isTrue()).isTrue();
        assertThat(podSpec.get("volumes").get(0).path("emptyDir", "sizeLimit").text()).isEqualTo("1Gi");

        // Leaves are the parser's nodes; maps and lists start at their blocks.
        Node written = block.body().get("spec").get(0).get("template").get(0).get("spec").get(0).get("container");
        assertThat(app.get("image")).isSameAs(written.get(0).get("image"));
        assertThat(app.get("image").position()).isEqualTo(new Position(FILE, 23, 24));
        assertThat(app.position()).isEqualTo(written.get(0).position());
        assertThat(podSpec.get("containers").position()).isEqualTo(written.get(0).position());
        assertThat(((MapNode) app).keyPosition("livenessProbe"))
                .isEqualTo(((MapNode) written.get(0)).keyPosition("liveness_probe"));
        assertThat(object.get("spec").endLine()).isEqualTo(block.body().get("spec").get(0).endLine());
    }

    @Test
    void workloadViewSeesTheTranslatedContainers() {
        HclBlock block = resource("kubernetes_deployment", """
                metadata:
                  - name: web
                spec:
                  - template:
                      - metadata:
                          - labels: {app: web}
                        spec:
                          - container:
                              - name: app
                                image: nginx:latest
                              - name: log
                                image: fluent-bit:3.0
                            init_container:
                              - name: migrate
                                image: migrate:1
                """);
        Resource resource = new Resource(KubernetesObjects.translate(block).orElseThrow(), new Origin(FILE, 1, "terraform"));

        Workload workload = Workload.of(resource).orElseThrow();

        assertThat(resource.id()).isEqualTo("Deployment/default/web");
        assertThat(workload.podSpec().containers()).extracting(Container::name).containsExactly("app", "log");
        assertThat(workload.podSpec().initContainers()).extracting(Container::name).containsExactly("migrate");
        assertThat(workload.podSpec().containers().get(0).imageNode().line()).isEqualTo(11);
        assertThat(workload.templateLabels()).containsEntry("app", "web");
    }

    @Test
    void cronJobsKeepTheirApiVersionAndNestTheJobTemplate() {
        String body = """
                metadata:
                  - name: backup
                spec:
                  - schedule: "0 3 * * *"
                    timezone: Europe/Berlin
                    concurrency_policy: Forbid
                    job_template:
                      - metadata:
                          - {}
                        spec:
                          - backoff_limit: 2
                            template:
                              - metadata:
                                  - {}
                                spec:
                                  - restart_policy: OnFailure
                                    container:
                                      - name: backup
                                        image: restic/restic:0.16.4
                                        volume_mount:
                                          - name: nfs
                                            mount_path: /backup
                                    volume:
                                      - name: nfs
                                        nfs:
                                          - server: nas.lan
                                            path: /export/backup
                """;
        MapNode v1 = KubernetesObjects.translate(resource("kubernetes_cron_job_v1", body)).orElseThrow();
        MapNode beta = KubernetesObjects.translate(resource("kubernetes_cron_job", body)).orElseThrow();

        assertThat(v1.get("apiVersion").text()).isEqualTo("batch/v1");
        assertThat(beta.get("apiVersion").text()).isEqualTo("batch/v1beta1");
        assertThat(beta.get("kind").text()).isEqualTo("CronJob");
        assertThat(v1.path("spec", "timeZone").text()).isEqualTo("Europe/Berlin");
        assertThat(v1.path("spec", "concurrencyPolicy").text()).isEqualTo("Forbid");
        Node podSpec = v1.path("spec", "jobTemplate", "spec", "template", "spec");
        assertThat(podSpec.get("restartPolicy").text()).isEqualTo("OnFailure");
        assertThat(podSpec.get("volumes").get(0).path("nfs", "server").text()).isEqualTo("nas.lan");
        assertThat(podSpec.get("volumes").get(0).path("nfs", "path").text()).isEqualTo("/export/backup");

        Workload job = Workload.of(new Resource(v1, new Origin(FILE, 1, "terraform"))).orElseThrow();
        assertThat(job.isBatch()).isTrue();
        assertThat(job.podSpec().containers().get(0).volumeMounts().get(0).get("mountPath").text()).isEqualTo("/backup");
    }

    @Test
    void serviceGetsItsPortsListAndKeepsTheSelectorKeys() {
        MapNode service = KubernetesObjects.translate(resource("kubernetes_service", """
                metadata:
                  - name: web
                spec:
                  - selector: {app: web, app.kubernetes.io/part_of: shop}
                    type: LoadBalancer
                    cluster_ip: None
                    external_ips: [10.0.0.5]
                    port:
                      - name: http
                        port: 80
                        target_port: "8080"
                      - name: https
                        port: 443
                        target_port: https
                wait_for_load_balancer: true
                """)).orElseThrow();

        assertThat(service.get("kind").text()).isEqualTo("Service");
        assertThat(service.get("apiVersion").text()).isEqualTo("v1");
        assertThat(service.has("waitForLoadBalancer")).isFalse();
        Node spec = service.get("spec");
        assertThat(spec.get("selector").stringMap()).containsOnlyKeys("app", "app.kubernetes.io/part_of");
        assertThat(spec.get("clusterIP").text()).isEqualTo("None");
        assertThat(spec.get("externalIPs").get(0).text()).isEqualTo("10.0.0.5");
        assertThat(spec.get("ports").elements()).hasSize(2);
        assertThat(spec.get("ports").get(0).get("targetPort").asLong()).contains(8080L);
        assertThat(spec.get("ports").get(1).get("targetPort").text()).isEqualTo("https");
    }

    @Test
    void ingressV1KeepsTlsAsAListAndTheBackendPortAsAnObject() {
        HclBlock block = resource("kubernetes_ingress_v1", """
                metadata:
                  - name: grafana
                    annotations: {cert-manager.io/cluster-issuer: letsencrypt}
                spec:
                  - ingress_class_name: traefik
                    tls:
                      - hosts: [grafana.example.org]
                        secret_name: grafana-tls
                    rule:
                      - host: grafana.example.org
                        http:
                          - path:
                              - path: /
                                path_type: Prefix
                                backend:
                                  - service:
                                      - name: grafana
                                        port:
                                          - number: 3000
                """);
        MapNode ingress = KubernetesObjects.translate(block).orElseThrow();

        assertThat(ingress.get("apiVersion").text()).isEqualTo("networking.k8s.io/v1");
        Node spec = ingress.get("spec");
        assertThat(spec.get("ingressClassName").text()).isEqualTo("traefik");
        assertThat(spec.get("tls").get(0).get("secretName").text()).isEqualTo("grafana-tls");
        assertThat(spec.get("tls").get(0).get("hosts").get(0).text()).isEqualTo("grafana.example.org");
        Node path = spec.get("rules").get(0).path("http", "paths").get(0);
        assertThat(path.get("pathType").text()).isEqualTo("Prefix");
        assertThat(path.path("backend", "service", "port", "number").asLong()).contains(3000L);
        assertThat(path.path("backend", "service", "name").text()).isEqualTo("grafana");
        assertThat(ingress.path("metadata", "annotations").stringMap()).containsKey("cert-manager.io/cluster-issuer");

        MapNode beta = KubernetesObjects.translate(resource("kubernetes_ingress", """
                spec:
                  - backend:
                      - service_name: web
                        service_port: 80
                """)).orElseThrow();
        assertThat(beta.get("apiVersion").text()).isEqualTo("networking.k8s.io/v1beta1");
        assertThat(beta.path("spec", "backend", "serviceName").text()).isEqualTo("web");
    }

    @Test
    void clusterRoleBindingHasARoleRefObjectAndASubjectsList() {
        HclBlock block = resource("kubernetes_cluster_role_binding", """
                metadata:
                  - name: ci-admin
                role_ref:
                  - api_group: rbac.authorization.k8s.io
                    kind: ClusterRole
                    name: cluster-admin
                subject:
                  - kind: ServiceAccount
                    name: ci
                    namespace: ci
                  - kind: Group
                    name: ops
                    api_group: rbac.authorization.k8s.io
                """);
        MapNode binding = KubernetesObjects.translate(block).orElseThrow();

        assertThat(binding.get("apiVersion").text()).isEqualTo("rbac.authorization.k8s.io/v1");
        assertThat(binding.get("kind").text()).isEqualTo("ClusterRoleBinding");
        assertThat(binding.path("roleRef", "name").text()).isEqualTo("cluster-admin");
        assertThat(binding.path("roleRef", "apiGroup").text()).isEqualTo("rbac.authorization.k8s.io");
        assertThat(binding.keyPosition("roleRef")).isEqualTo(block.body().keyPosition("role_ref"));
        assertThat(binding.get("roleRef").position()).isEqualTo(block.body().get("role_ref").get(0).position());
        assertThat(binding.get("subjects").elements()).hasSize(2);
        assertThat(binding.get("subjects").get(1).get("apiGroup").text()).isEqualTo("rbac.authorization.k8s.io");

        MapNode role = KubernetesObjects.translate(resource("kubernetes_cluster_role_v1", """
                metadata:
                  - name: reader
                rule:
                  - api_groups: [""]
                    resources: [pods, secrets]
                    verbs: [get, list]
                  - non_resource_urls: [/metrics]
                    verbs: [get]
                """)).orElseThrow();
        assertThat(role.get("rules").get(0).get("apiGroups").get(0).text()).isEmpty();
        assertThat(role.get("rules").get(1).get("nonResourceURLs").get(0).text()).isEqualTo("/metrics");
    }

    @Test
    void secretDataIsPlainTextAndConfigMapDataStaysData() {
        HclBlock secretBlock = resource("kubernetes_secret_v1", """
                metadata:
                  - name: db
                data: {password: hunter2, DB_USER: app}
                binary_data: {keystore: AAEC}
                type: Opaque
                wait_for_service_account_token: false
                """);
        MapNode secret = KubernetesObjects.translate(secretBlock).orElseThrow();

        assertThat(secret.get("kind").text()).isEqualTo("Secret");
        assertThat(secret.get("stringData").stringMap()).containsOnlyKeys("password", "DB_USER");
        assertThat(secret.get("data").stringMap()).containsOnlyKeys("keystore");
        assertThat(secret.keyPosition("stringData")).isEqualTo(secretBlock.body().keyPosition("data"));
        assertThat(secret.get("stringData").get("password").position())
                .isEqualTo(secretBlock.body().get("data").get("password").position());
        assertThat(secret.has("waitForServiceAccountToken")).isFalse();

        MapNode configMap = KubernetesObjects.translate(resource("kubernetes_config_map", """
                metadata:
                  - name: settings
                data: {config_file.yaml: "level: info", LOG_LEVEL: debug}
                binary_data: {logo.png: iVBORw0K}
                """)).orElseThrow();
        assertThat(configMap.get("kind").text()).isEqualTo("ConfigMap");
        assertThat(configMap.get("data").stringMap()).containsOnlyKeys("config_file.yaml", "LOG_LEVEL");
        assertThat(configMap.get("binaryData").stringMap()).containsOnlyKeys("logo.png");
    }

    @Test
    void networkPolicyKeepsIngressRulesWithPeersAndPorts() {
        MapNode policy = KubernetesObjects.translate(resource("kubernetes_network_policy", """
                metadata:
                  - name: allow-web
                    namespace: shop
                spec:
                  - pod_selector:
                      - match_labels: {app: web}
                    policy_types: [Ingress, Egress]
                    ingress:
                      - from:
                          - namespace_selector:
                              - match_labels: {kubernetes.io/metadata.name: traefik}
                          - ip_block:
                              - cidr: 10.0.0.0/8
                                except: [10.1.0.0/16]
                        ports:
                          - port: http
                            protocol: TCP
                          - port: "8443"
                            protocol: TCP
                    egress:
                      - to:
                          - pod_selector:
                              - match_expressions:
                                  - key: app
                                    operator: In
                                    values: [db]
                """)).orElseThrow();

        Node spec = policy.get("spec");
        assertThat(policy.get("apiVersion").text()).isEqualTo("networking.k8s.io/v1");
        assertThat(spec.path("podSelector", "matchLabels").stringMap()).containsEntry("app", "web");
        Node rule = spec.get("ingress").get(0);
        assertThat(rule.get("from").elements()).hasSize(2);
        assertThat(rule.get("from").get(0).path("namespaceSelector", "matchLabels").stringMap())
                .containsEntry("kubernetes.io/metadata.name", "traefik");
        assertThat(rule.get("from").get(1).path("ipBlock", "cidr").text()).isEqualTo("10.0.0.0/8");
        assertThat(rule.get("ports").elements()).hasSize(2);
        assertThat(rule.get("ports").get(1).get("port").asLong()).contains(8443L);
        Node expression = spec.get("egress").get(0).get("to").get(0).path("podSelector", "matchExpressions").get(0);
        assertThat(expression.get("operator").text()).isEqualTo("In");
    }

    @Test
    void theOldDaemonsetNameIsADaemonSetWithAnUpdateStrategy() {
        String body = """
                metadata:
                  - name: node-exporter
                    namespace: monitoring
                spec:
                  - selector:
                      - match_labels: {app: node-exporter}
                    strategy:
                      - type: RollingUpdate
                        rolling_update:
                          - max_unavailable: "1"
                    template:
                      - metadata:
                          - labels: {app: node-exporter}
                        spec:
                          - host_network: true
                            host_pid: true
                            toleration:
                              - operator: Exists
                            container:
                              - name: exporter
                                image: prom/node-exporter:v1.8.1
                """;
        for (String type : List.of("kubernetes_daemonset", "kubernetes_daemon_set_v1")) {
            MapNode daemonSet = KubernetesObjects.translate(resource(type, body)).orElseThrow();

            assertThat(daemonSet.get("kind").text()).isEqualTo("DaemonSet");
            assertThat(daemonSet.get("apiVersion").text()).isEqualTo("apps/v1");
            assertThat(daemonSet.path("spec", "updateStrategy", "rollingUpdate", "maxUnavailable").text()).isEqualTo("1");
            Node podSpec = daemonSet.path("spec", "template", "spec");
            assertThat(podSpec.get("hostNetwork").isTrue()).isTrue();
            assertThat(podSpec.get("hostPID").isTrue()).isTrue();
            assertThat(podSpec.get("tolerations").get(0).get("operator").text()).isEqualTo("Exists");
            Workload workload = Workload.of(new Resource(daemonSet, new Origin(FILE, 1, "terraform"))).orElseThrow();
            assertThat(workload.selector()).isNotNull();
            assertThat(workload.namespace()).isEqualTo("monitoring");
        }
    }

    @Test
    void manifestIsTheObjectAsWritten() {
        HclBlock block = resource("kubernetes_manifest", """
                manifest:
                  apiVersion: traefik.io/v1alpha1
                  kind: Middleware
                  metadata: {name: secure-headers, namespace: traefik}
                  spec:
                    headers: {stsSeconds: 31536000}
                field_manager:
                  - name: plumb
                """);

        MapNode object = KubernetesObjects.translate(block).orElseThrow();

        assertThat(object).isSameAs(block.body().get("manifest"));
        assertThat(new Resource(object, new Origin(FILE, 1, "terraform")).id()).isEqualTo("Middleware/traefik/secure-headers");
    }

    @Test
    void dynamicBlocksCountOnceAndMarkersAreNoFields() {
        MapNode pod = KubernetesObjects.translate(resource("kubernetes_pod_v1", """
                metadata:
                  - name: tools
                spec:
                  - container:
                      - name: shell
                        image: alpine:3.20
                        "@dynamic": "true"
                    volume:
                      "@dynamic": "true"
                      name: scratch
                      empty_dir:
                        - {}
                    host_aliases:
                      - ip: 10.0.0.1
                        hostnames: [nas.lan]
                        "@labels": [ignored]
                """)).orElseThrow();

        Node spec = pod.get("spec");
        assertThat(spec.get("containers").get(0).fields()).containsOnlyKeys("name", "image");
        assertThat(spec.get("volumes").elements()).hasSize(1);
        assertThat(spec.get("volumes").get(0).fields()).containsOnlyKeys("name", "emptyDir");
        assertThat(spec.get("hostAliases").get(0).get("ip").text()).isEqualTo("10.0.0.1");
        assertThat(Workload.of(new Resource(pod, new Origin(FILE, 1, "terraform")))).isPresent();
    }

    @Test
    void serviceAccountsPersistentVolumesAndStorageClassesUseTheApiNames() {
        MapNode account = KubernetesObjects.translate(resource("kubernetes_service_account", """
                metadata:
                  - name: ci
                secret:
                  - name: ci-token
                image_pull_secret:
                  - name: registry
                automount_service_account_token: false
                """)).orElseThrow();
        assertThat(account.get("secrets").get(0).get("name").text()).isEqualTo("ci-token");
        assertThat(account.get("imagePullSecrets").get(0).get("name").text()).isEqualTo("registry");
        assertThat(account.get("automountServiceAccountToken").isFalse()).isTrue();

        MapNode volume = KubernetesObjects.translate(resource("kubernetes_persistent_volume_v1", """
                metadata:
                  - name: media
                spec:
                  - capacity: {storage: 1Ti}
                    access_modes: [ReadWriteMany]
                    persistent_volume_source:
                      - nfs:
                          - server: nas.lan
                            path: /export/media
                """)).orElseThrow();
        assertThat(volume.path("spec", "nfs", "server").text()).isEqualTo("nas.lan");
        assertThat(volume.path("spec", "accessModes").get(0).text()).isEqualTo("ReadWriteMany");

        MapNode storageClass = KubernetesObjects.translate(resource("kubernetes_storage_class", """
                metadata:
                  - name: fast
                storage_provisioner: rancher.io/local-path
                reclaim_policy: Delete
                parameters: {node_path: /data}
                """)).orElseThrow();
        assertThat(storageClass.get("provisioner").text()).isEqualTo("rancher.io/local-path");
        assertThat(storageClass.get("parameters").stringMap()).containsOnlyKeys("node_path");

        MapNode defaultAccount = KubernetesObjects.translate(resource("kubernetes_default_service_account_v1", """
                metadata:
                  - namespace: shop
                """)).orElseThrow();
        assertThat(new Resource(defaultAccount, new Origin(FILE, 1, "terraform")).id())
                .isEqualTo("ServiceAccount/shop/default");
    }

    @Test
    void autoscalersAndBudgetsMapToTheirApiVersions() {
        MapNode autoscaler = KubernetesObjects.translate(resource("kubernetes_horizontal_pod_autoscaler_v2", """
                metadata:
                  - name: web
                spec:
                  - min_replicas: 2
                    max_replicas: 10
                    scale_target_ref:
                      - kind: Deployment
                        name: web
                    metric:
                      - type: Resource
                        resource:
                          - name: cpu
                            target:
                              - type: Utilization
                                average_utilization: 70
                      - type: External
                        external:
                          - metric:
                              - name: queue_depth
                            target:
                              - type: Value
                                value: "30"
                """)).orElseThrow();
        assertThat(autoscaler.get("apiVersion").text()).isEqualTo("autoscaling/v2");
        Node spec = autoscaler.get("spec");
        assertThat(spec.path("scaleTargetRef", "name").text()).isEqualTo("web");
        assertThat(spec.get("metrics").get(0).path("resource", "target", "averageUtilization").text()).isEqualTo("70");
        assertThat(spec.get("metrics").get(1).path("external", "metric", "name").text()).isEqualTo("queue_depth");

        MapNode v1 = KubernetesObjects.translate(resource("kubernetes_horizontal_pod_autoscaler", """
                spec:
                  - target_cpu_utilization_percentage: 80
                """)).orElseThrow();
        assertThat(v1.get("apiVersion").text()).isEqualTo("autoscaling/v1");
        assertThat(v1.path("spec", "targetCPUUtilizationPercentage").text()).isEqualTo("80");

        assertThat(apiVersionOf("kubernetes_pod_disruption_budget")).contains("policy/v1beta1");
        assertThat(apiVersionOf("kubernetes_pod_disruption_budget_v1")).contains("policy/v1");
        assertThat(apiVersionOf("kubernetes_stateful_set")).contains("apps/v1");
        assertThat(apiVersionOf("kubernetes_csi_driver")).contains("storage.k8s.io/v1beta1");
        assertThat(apiVersionOf("kubernetes_runtime_class_v1")).contains("node.k8s.io/v1");
    }

    @Test
    void anEphemeralVolumeHasOneClaimTemplateWhereAStatefulSetHasAList() {
        MapNode statefulSet = KubernetesObjects.translate(resource("kubernetes_stateful_set_v1", """
                metadata:
                  - name: postgres
                    namespace: db
                spec:
                  - service_name: postgres
                    template:
                      - spec:
                          - container:
                              - name: postgres
                                image: postgres:16.4
                            volume:
                              - name: scratch
                                ephemeral:
                                  - volume_claim_template:
                                      - metadata:
                                          - labels: {app: postgres}
                                        spec:
                                          - access_modes: [ReadWriteOnce]
                                            storage_class_name: fast
                    volume_claim_template:
                      - metadata:
                          - name: data
                        spec:
                          - access_modes: [ReadWriteOnce]
                """)).orElseThrow();

        assertThat(statefulSet.path("spec", "volumeClaimTemplates").get(0).path("metadata", "name").text()).isEqualTo("data");
        Node ephemeral = statefulSet.path("spec", "template", "spec", "volumes").get(0).get("ephemeral");
        assertThat(ephemeral.get("volumeClaimTemplates").isMissing()).isTrue();
        assertThat(ephemeral.path("volumeClaimTemplate", "spec", "storageClassName").text()).isEqualTo("fast");
        assertThat(ephemeral.path("volumeClaimTemplate", "spec", "accessModes").get(0).text()).isEqualTo("ReadWriteOnce");
    }

    @Test
    void otherBlocksAndUnknownTypesGiveNothing() {
        assertThat(KubernetesObjects.translate(resource("helm_release", "name: grafana\n"))).isEmpty();
        assertThat(KubernetesObjects.translate(resource("kubernetes_labels", "labels: {a: b}\n"))).isEmpty();
        assertThat(KubernetesObjects.translate(resource("kubernetes_something_new", "spec:\n  - {}\n"))).isEmpty();
        MapNode body = MapNode.empty(new Position(FILE, 1, 1));
        assertThat(KubernetesObjects.translate(new HclBlock("data", List.of("kubernetes_namespace", "x"), body,
                new Position(FILE, 1, 1), 1))).isEmpty();
        assertThat(KubernetesObjects.translate(new HclBlock("resource", List.of(), body, new Position(FILE, 1, 1), 1)))
                .isEmpty();
    }

    private static Optional<String> apiVersionOf(String resourceType) {
        return KubernetesObjects.translate(resource(resourceType, "metadata:\n  - name: x\n"))
                .map(object -> object.get("apiVersion").text());
    }

    /** A resource block whose header is line 1 and whose body starts on line 2, as the parser would give it. */
    private static HclBlock resource(String type, String body) {
        String text = "# resource header\n" + body;
        YamlDocuments parsed = YamlDocuments.parse(FILE, text);
        assertThat(parsed.problems()).isEmpty();
        MapNode map = (MapNode) parsed.documents().get(0);
        int lastLine = (int) text.lines().count();
        return new HclBlock("resource", List.of(type, "this"), map, new Position(FILE, 1, 1), lastLine);
    }
}
