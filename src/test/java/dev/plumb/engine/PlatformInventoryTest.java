package dev.plumb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.result.PlatformFacts;
import dev.plumb.result.UnitFacts;
import dev.plumb.result.UnitKind;
import dev.plumb.result.WorkloadFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts the engine gathers for reports: counts, units and what each workload has. */
class PlatformInventoryTest {

    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  serviceAccountName: web
                  containers:
                    - {name: app, image: "ghcr.io/acme/web:1.2.3"}
                    - {name: templated, image: "${IMAGE}"}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop, labels: {app: web}}
            spec: {selector: {app: web}, ports: [{port: 80}]}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: shop}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 3
              maxReplicas: 6
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: web, namespace: shop}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
            subjects: [{kind: ServiceAccount, name: web}]
            """;

    private static final String JOB = """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: backup, namespace: ops}
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      automountServiceAccountToken: false
                      restartPolicy: OnFailure
                      containers: [{name: dump, image: "postgres:16.4"}]
            """;

    private static final String MONITOR = """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: web, namespace: monitoring}
            spec:
              namespaceSelector: {matchNames: [shop]}
              selector: {matchLabels: {app: web}}
              endpoints: [{port: http}]
            """;

    @TempDir
    Path repo;

    @Test
    void countsWorkloadsAndPlacesThemInTheirUnits() throws IOException {
        write("apps/shop/web.yaml", WEB);
        write("ops/backup/cron.yaml", JOB);
        write("monitoring/web-monitor.yaml", MONITOR);
        write("charts/blog/Chart.yaml", "apiVersion: v2\nname: blog\nversion: 1.0.0\n");
        write("charts/blog/templates/tests/test-connection.yaml", "apiVersion: v1\nkind: Pod\n");
        write("infra/dns/main.tf", "terraform {\n  required_version = \">= 1.6\"\n}\n");
        write("infra/dns/tests/records.tftest.hcl", "run \"plan\" {\n  command = plan\n}\n");

        PlatformFacts facts = scan(List.of());

        assertThat(facts.workloads()).isEqualTo(2);
        assertThat(facts.longRunning()).isEqualTo(1);
        assertThat(facts.containers()).isEqualTo(3);
        assertThat(facts.imageReferences()).as("a templated image is no reference").isEqualTo(2);
        assertThat(facts.units()).extracting(UnitFacts::path, UnitFacts::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("apps/shop", UnitKind.FOLDER),
                org.assertj.core.groups.Tuple.tuple("charts/blog", UnitKind.CHART),
                org.assertj.core.groups.Tuple.tuple("infra/dns", UnitKind.TERRAFORM_STACK),
                org.assertj.core.groups.Tuple.tuple("ops/backup", UnitKind.FOLDER));
        UnitFacts chart = facts.units().get(1);
        assertThat(chart.name()).isEqualTo("blog");
        assertThat(chart.tests()).containsExactly("charts/blog/templates/tests/test-connection.yaml");
        assertThat(facts.units().get(2).tests()).containsExactly("infra/dns/tests/records.tftest.hcl");

        WorkloadFacts web = facts.units().get(0).workloads().get(0);
        assertThat(web.subject()).isEqualTo("Deployment/shop/web");
        assertThat(web.replicas()).as("the autoscaler's minimum").isEqualTo(3);
        assertThat(web.ownServiceAccount()).isTrue();
        assertThat(web.serviceAccountBound()).isTrue();
        assertThat(web.scraped()).as("ServiceMonitor in another namespace naming shop").isTrue();
        assertThat(facts.units().get(0).files()).containsExactly("apps/shop/web.yaml");

        WorkloadFacts backup = facts.units().get(3).workloads().get(0);
        assertThat(backup.longRunning()).isFalse();
        assertThat(backup.tokenMounted()).isFalse();
        assertThat(backup.ownServiceAccount()).isFalse();
        assertThat(backup.scraped()).isFalse();
    }

    @Test
    void anOpenTofuStackIsAUnitAndItsTofuTestsAreTests() throws IOException {
        write("infra/vpn/main.tofu", "terraform {\n  required_version = \">= 1.8\"\n}\n");
        write("infra/vpn/tests/tunnel.tofutest.hcl", "run \"plan\" {\n  command = plan\n}\n");

        PlatformFacts facts = scan(List.of());

        assertThat(facts.units()).extracting(UnitFacts::path, UnitFacts::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("infra/vpn", UnitKind.TERRAFORM_STACK));
        assertThat(facts.units().get(0).tests()).containsExactly("infra/vpn/tests/tunnel.tofutest.hcl");
    }

    @Test
    void aPlainScanGathersNoFacts() throws IOException {
        write("apps/shop/web.yaml", WEB);
        assertThat(new Scanner(RuleRegistry.builtIn()).scan(List.of(repo), ScanOptions.defaults()).result().facts())
                .isEqualTo(PlatformFacts.NONE);
    }

    @Test
    void configuredGlobsAndTopLevelFoldersDecideTheUnits() throws IOException {
        write("apps/shop/web.yaml", WEB);
        write("ops/backup/cron.yaml", JOB);

        assertThat(scan(List.of("apps/*")).units()).extracting(UnitFacts::path).containsExactly("apps/shop", "ops/backup");
        assertThat(scan(List.of("top-level")).units()).extracting(UnitFacts::path).containsExactly("apps", "ops");
        assertThat(scan(List.of("ops/**")).units()).extracting(UnitFacts::path).containsExactly("apps/shop", "ops/backup");
    }

    @Test
    void aLocalModuleBelongsToTheStackThatCallsIt() throws IOException {
        write("stacks/wiki/main.tf", """
                module "wiki_ingress" {
                  source = "../../modules/ingress"
                  host   = "wiki.example.net"
                }
                """);
        write("stacks/wiki/modules/volume/main.tf", "variable \"size\" {}\n");
        write("stacks/wiki/volume.tf", "module \"data\" {\n  source = \"./modules/volume\"\n}\n");
        write("modules/ingress/main.tf", """
                variable "host" {}
                resource "kubernetes_deployment_v1" "proxy" {
                  metadata {
                    name      = "proxy"
                    namespace = "edge"
                  }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "proxy"
                          image = "traefik/whoami:v1.10.3"
                        }
                      }
                    }
                  }
                }
                """);
        write("infra/dns/main.tf", "terraform {\n  required_version = \">= 1.6\"\n}\n");

        PlatformFacts facts = scan(List.of());

        assertThat(facts.units()).extracting(UnitFacts::path).containsExactly("infra/dns", "stacks/wiki");
        UnitFacts wiki = facts.units().get(1);
        assertThat(wiki.files()).contains("modules/ingress/main.tf", "stacks/wiki/modules/volume/main.tf");
        assertThat(wiki.workloads()).extracting(WorkloadFacts::subject).containsExactly("Deployment/edge/proxy");
    }

    private PlatformFacts scan(List<String> units) {
        ScanOptions options = ScanOptions.withFacts(EngineSettings.defaults(), List.of(), units);
        return new Scanner(RuleRegistry.builtIn()).scan(List.of(repo), options).result().facts();
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
