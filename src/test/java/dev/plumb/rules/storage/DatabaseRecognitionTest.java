package dev.plumb.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which images are databases, where they keep data, and which commands start the server. */
class DatabaseRecognitionTest {

    @ParameterizedTest
    @CsvSource({
        "postgres:16.4, PostgreSQL",
        "docker.io/library/postgres:16, PostgreSQL",
        "harbor.lan/dockerhub/library/postgres:16, PostgreSQL",
        "ghcr.io/immich-app/postgres:14-vectorchord0.3.0, PostgreSQL",
        "docker.io/bitnami/postgresql:16.4.0, PostgreSQL",
        "mariadb:11, MariaDB",
        "lscr.io/linuxserver/mariadb:10.11.8, MariaDB",
        "docker.elastic.co/elasticsearch/elasticsearch:8.15.1, Elasticsearch",
        "quay.io/minio/minio:RELEASE.2024-09-22T00-33-43Z, MinIO",
        "registry.k8s.io/etcd:3.5.15-0, etcd",
        "valkey/valkey:8, Valkey"})
    void recognisesDatabaseImages(String image, String product) {
        assertThat(Databases.of(ImageReference.parse(image))).hasValueSatisfying(db -> assertThat(db.product()).isEqualTo(product));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "quay.io/prometheuscommunity/postgres-exporter:v0.15.0", "oliver006/redis_exporter:v1.62.0", "mongo-express:1.0.2",
        "dpage/pgadmin4:8.11", "ghcr.io/cloudnative-pg/postgresql:16.4", "bitnami/redis-cluster:7.2.4", "adminer:4.8.1"})
    void leavesOtherImagesAlone(String image) {
        assertThat(Databases.of(ImageReference.parse(image))).isEmpty();
    }

    @Test
    void postgresEighteenMovedItsDataDirectory() {
        Databases.Database postgres = Databases.of(ImageReference.parse("postgres:18.0")).orElseThrow();
        assertThat(postgres.dataDirs(ImageReference.parse("postgres:18.0")))
                .containsExactly("/var/lib/postgresql/18/docker", "/var/lib/postgresql/data");
        assertThat(postgres.dataDirs(ImageReference.parse("postgres:17.2"))).containsExactly("/var/lib/postgresql/data");
        Databases.Database influx = Databases.of(ImageReference.parse("influxdb:1.8")).orElseThrow();
        assertThat(influx.dataDirs(ImageReference.parse("influxdb:1.8"))).containsExactly("/var/lib/influxdb");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgres:16  | ''                                                    | true",
        "postgres:16  | 'args: [\"-c\", \"max_connections=200\"]'             | true",
        "postgres:16  | 'args: [postgres, -c, shared_buffers=1GB]'            | true",
        "postgres:16  | 'command: [docker-entrypoint.sh, postgres]'           | true",
        "postgres:16  | 'command: [sh, -c, \"exec postgres -c fsync=off\"]'   | true",
        "postgres:16  | 'command: [pg_isready, -h, db]'                       | false",
        "postgres:16  | 'command: [sh, -c, \"pg_dump -h postgres app\"]'      | false",
        "postgres:16  | 'args: [psql, -h, postgres]'                          | false",
        "minio/minio:latest | 'args: [server, /data]'                         | true",
        "minio/minio:latest | 'command: [minio, server, /data]'               | true",
        "minio/minio:latest | 'command: [mc, mirror, local/a, remote/a]'      | false",
        "cockroachdb/cockroach:v24.2.2 | ''                                   | false",
        "cockroachdb/cockroach:v24.2.2 | 'args: [start-single-node, --insecure]' | true",
        "cockroachdb/cockroach:v24.2.2 | 'command: [/cockroach/cockroach, init]' | false"})
    void tellsServersFromClients(String image, String command, boolean server) {
        Container container = container(image, command);
        Databases.Database database = Databases.of(ImageReference.parse(image)).orElseThrow();
        assertThat(new ServerCommand(container).startsServer(database)).isEqualTo(server);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'args: [--appendonly, \"yes\"]'         | true",
        "'args: [\"--save\", \"60 1\"]'           | true",
        "'command: [redis-server, --save, \"\"]' | false",
        "'args: [--maxmemory, 256mb]'            | false",
        "''                                      | false"})
    void redisPersistsOnlyWhenAsked(String command, boolean persists) {
        assertThat(new ServerCommand(container("redis:7", command)).asksToPersist()).isEqualTo(persists);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "/var/lib/postgresql/data/, /var/lib/postgresql/data",
        "'path=/cockroach/cockroach-data,attrs=ssd', /cockroach/cockroach-data",
        "'type=mem,size=1GiB', null",
        "/data{1...4}, null",
        "data, null",
        "$(DATA_DIR), null"})
    void readsDataDirectories(String value, String expected) {
        assertThat(DatabaseDataEphemeral.cleanDirectory(value)).isEqualTo(expected);
    }

    private static Container container(String image, String command) {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: db}
                spec:
                  containers:
                    - name: db
                      image: "%s"
                      %s
                """.formatted(image, command);
        Workload pod = Workload.of(YamlLoader.load("pod.yaml", yaml).resources().get(0)).orElseThrow();
        return pod.podSpec().containers().get(0);
    }
}
