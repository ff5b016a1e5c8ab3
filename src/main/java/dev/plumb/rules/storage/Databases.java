package dev.plumb.rules.storage;

import dev.plumb.model.ImageReference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Database images plumb recognises and where each keeps its data. Only images whose data directory
 * is documented are listed: guessing a directory for an unknown image would turn every custom
 * image into a false alarm.
 */
final class Databases {

    /**
     * @param product          the name messages use
     * @param dataDirs         where the image writes its data unless told otherwise
     * @param dirEnv           an environment variable that moves the data directory, or null
     * @param dirFlag          a command-line flag (or a word followed by the path, MinIO's {@code server}) that does, or null
     * @param serverWords      programs or subcommands that start the server rather than a client
     * @param startsByDefault  whether the image's own command starts the server
     * @param persistenceOptIn keeps data only when asked to (Redis and its forks are often pure caches)
     */
    record Database(String product, List<String> dataDirs, String dirEnv, String dirFlag, Set<String> serverWords,
                    boolean startsByDefault, boolean persistenceOptIn) {

        /** The default directories for this image version: PostgreSQL 18 and InfluxDB 1 moved theirs. */
        List<String> dataDirs(ImageReference image) {
            int major = majorVersion(image.tag());
            if (product.equals("PostgreSQL") && dataDirs.get(0).equals(POSTGRES_DATA) && major >= 18) {
                return List.of("/var/lib/postgresql/" + major + "/docker", POSTGRES_DATA);
            }
            if (product.equals("InfluxDB") && dataDirs.size() > 1) {
                return major == 1 ? List.of("/var/lib/influxdb") : major >= 3 ? List.of() : dataDirs;
            }
            return dataDirs;
        }
    }

    private static final String POSTGRES_DATA = "/var/lib/postgresql/data";
    private static final Set<String> POSTGRES_WORDS = Set.of("postgres", "run.sh");
    private static final Set<String> MYSQL_WORDS = Set.of("mysqld", "mariadbd", "run.sh");
    private static final Set<String> REDIS_WORDS = Set.of("redis-server", "valkey-server", "keydb-server", "run.sh");

    private static final Map<String, Database> BY_IMAGE = new HashMap<>();

    static {
        Database postgres = db("PostgreSQL", POSTGRES_DATA, "PGDATA", null, POSTGRES_WORDS);
        for (String image : List.of("postgres", "postgis/postgis", "pgvector/pgvector", "ankane/pgvector",
                "timescale/timescaledb", "tensorchord/pgvecto-rs", "immich-app/postgres")) {
            BY_IMAGE.put(image, postgres);
        }
        Database bitnamiPostgres = db("PostgreSQL", "/bitnami/postgresql", "POSTGRESQL_DATA_DIR", null, POSTGRES_WORDS);
        BY_IMAGE.put("bitnami/postgresql", bitnamiPostgres);
        BY_IMAGE.put("bitnami/postgresql-repmgr", bitnamiPostgres);
        Database mysql = db("MySQL", "/var/lib/mysql", null, "--datadir", MYSQL_WORDS);
        for (String image : List.of("mysql", "mysql/mysql-server", "percona", "percona/percona-server")) {
            BY_IMAGE.put(image, mysql);
        }
        BY_IMAGE.put("mariadb", db("MariaDB", "/var/lib/mysql", null, "--datadir", MYSQL_WORDS));
        BY_IMAGE.put("bitnami/mysql", db("MySQL", "/bitnami/mysql", null, "--datadir", MYSQL_WORDS));
        BY_IMAGE.put("bitnami/mariadb", db("MariaDB", "/bitnami/mariadb", null, "--datadir", MYSQL_WORDS));
        BY_IMAGE.put("linuxserver/mariadb", db("MariaDB", "/config", null, null, MYSQL_WORDS));
        Set<String> mongoWords = Set.of("mongod", "run.sh");
        BY_IMAGE.put("mongo", db("MongoDB", "/data/db", null, "--dbpath", mongoWords));
        BY_IMAGE.put("mongodb/mongodb-community-server", db("MongoDB", "/data/db", null, "--dbpath", mongoWords));
        BY_IMAGE.put("bitnami/mongodb", db("MongoDB", "/bitnami/mongodb", null, "--dbpath", mongoWords));
        BY_IMAGE.put("redis", cache("Redis", "/data"));
        BY_IMAGE.put("bitnami/redis", cache("Redis", "/bitnami/redis/data"));
        BY_IMAGE.put("valkey/valkey", cache("Valkey", "/data"));
        BY_IMAGE.put("bitnami/valkey", cache("Valkey", "/bitnami/valkey/data"));
        BY_IMAGE.put("eqalpha/keydb", cache("KeyDB", "/data"));
        BY_IMAGE.put("influxdb", new Database("InfluxDB", List.of("/var/lib/influxdb2", "/var/lib/influxdb"), null,
                null, Set.of("influxd"), true, false));
        BY_IMAGE.put("bitnami/influxdb", db("InfluxDB", "/bitnami/influxdb", null, null, Set.of("influxd", "run.sh")));
        Database clickhouse = db("ClickHouse", "/var/lib/clickhouse", null, null, Set.of("clickhouse-server", "clickhouse"));
        BY_IMAGE.put("clickhouse/clickhouse-server", clickhouse);
        BY_IMAGE.put("yandex/clickhouse-server", clickhouse);
        BY_IMAGE.put("bitnami/clickhouse", db("ClickHouse", "/bitnami/clickhouse", null, null, Set.of("run.sh")));
        Database elastic = db("Elasticsearch", "/usr/share/elasticsearch/data", null, null,
                Set.of("elasticsearch", "eswrapper"));
        BY_IMAGE.put("elasticsearch", elastic);
        BY_IMAGE.put("elasticsearch/elasticsearch", elastic);
        BY_IMAGE.put("bitnami/elasticsearch", db("Elasticsearch", "/bitnami/elasticsearch/data", null, null,
                Set.of("elasticsearch", "run.sh")));
        BY_IMAGE.put("opensearchproject/opensearch", db("OpenSearch", "/usr/share/opensearch/data", null, null,
                Set.of("opensearch", "opensearch-docker-entrypoint.sh")));
        // etcd's own default (<name>.etcd below the working directory) is not a documented path: only
        // an explicit --data-dir or ETCD_DATA_DIR is judged.
        Database etcd = new Database("etcd", List.of(), "ETCD_DATA_DIR", "--data-dir", Set.of("etcd"), true, false);
        for (String image : List.of("etcd", "coreos/etcd", "etcd-development/etcd", "etcd-io/etcd")) {
            BY_IMAGE.put(image, etcd);
        }
        BY_IMAGE.put("bitnami/etcd", db("etcd", "/bitnami/etcd", "ETCD_DATA_DIR", "--data-dir", Set.of("etcd", "run.sh")));
        Database minio = new Database("MinIO", List.of(), "MINIO_VOLUMES", "server", Set.of("server"), true, false);
        BY_IMAGE.put("minio/minio", minio);
        BY_IMAGE.put("bitnami/minio", db("MinIO", "/bitnami/minio/data", "MINIO_DATA_DIR", "server",
                Set.of("server", "run.sh")));
        // The image's own command prints help; only `start` and `start-single-node` run a node.
        BY_IMAGE.put("cockroachdb/cockroach", new Database("CockroachDB", List.of("/cockroach/cockroach-data"), null,
                "--store", Set.of("start", "start-single-node"), false, false));
        BY_IMAGE.put("cassandra", db("Cassandra", "/var/lib/cassandra", null, null, Set.of("cassandra")));
        BY_IMAGE.put("bitnami/cassandra", db("Cassandra", "/bitnami/cassandra", null, null, Set.of("cassandra", "run.sh")));
        BY_IMAGE.put("couchdb", db("CouchDB", "/opt/couchdb/data", null, null, Set.of("couchdb")));
        BY_IMAGE.put("neo4j", db("Neo4j", "/data", null, null, Set.of("neo4j")));
    }

    private Databases() {
    }

    private static Database db(String product, String dataDir, String dirEnv, String dirFlag, Set<String> serverWords) {
        return new Database(product, List.of(dataDir), dirEnv, dirFlag, serverWords, true, false);
    }

    private static Database cache(String product, String dataDir) {
        return new Database(product, List.of(dataDir), null, "--dir", REDIS_WORDS, true, true);
    }

    /**
     * The database an image runs, matched on the repository without its registry, the longest
     * known suffix first: {@code harbor.lan/proxy/library/postgres} is postgres,
     * {@code docker.io/bitnami/postgresql} is Bitnami's, {@code acme/postgres-exporter} is nothing.
     */
    static Optional<Database> of(ImageReference image) {
        String[] segments = image.repository().toLowerCase(Locale.ROOT).split("/");
        int start = segments.length > 1 && isRegistry(segments[0]) ? 1 : 0;
        for (int i = start; i < segments.length; i++) {
            if (segments[i].equals("library")) {
                continue;
            }
            Database found = BY_IMAGE.get(String.join("/", List.of(segments).subList(i, segments.length)));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static boolean isRegistry(String segment) {
        return segment.contains(".") || segment.contains(":") || segment.equals("localhost");
    }

    /** The leading number of a tag ("16" of "16.4-alpine", "2" of "2.7"), or -1. */
    static int majorVersion(String tag) {
        if (tag == null) {
            return -1;
        }
        String text = tag.startsWith("v") ? tag.substring(1) : tag;
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end)) && end < 6) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(text.substring(0, end));
    }
}
