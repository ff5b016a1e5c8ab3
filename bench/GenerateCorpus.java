// Benchmark corpus generator for plumb.
//
//   java bench/GenerateCorpus.java OUT_DIR [OBJECTS]                 (OBJECTS defaults to 10000)
//   java bench/GenerateCorpus.java --terraform OUT_DIR [FILES]       (FILES defaults to 300)
//
// The first form writes a platform repository of plain Kubernetes YAML: cluster-wide namespaces
// and RBAC, per-team policies, and per-application manifests under apps/<team>/<app>/..., with
// the mix of kinds, sizes, layouts and mistakes found in real infrastructure repos.
//
// The second writes a Terraform repository of about FILES files: a platform stack, shared local
// modules (an ingress factory, an NFS volume), and one stack per service (versions, providers,
// variables, main, outputs, terraform.tfvars, and some of cron, helm, CRD and RBAC files).
//
// Both outputs are a pure function of their arguments: one fixed seed, no clock, no hash
// ordering, "\n" endings.
//
// OUT_DIR must be absent, empty, or a corpus this program wrote before (it then replaces it).

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

public class GenerateCorpus {

    static final long SEED = 0x706c756d62L; // "plumb"
    static final String MARKER = ".plumb-bench-corpus";
    static final int MAX_DOCS_PER_FILE = 25;

    public static void main(String[] args) throws IOException {
        if (args.length >= 1 && args[0].equals("--terraform")) {
            TerraformCorpus.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int objects = sizeArgument(args, "OBJECTS", 10_000, 1);
        long start = System.nanoTime();
        Path out = Path.of(args[0]);
        prepare(out);

        Corpus corpus = new Corpus(new Random(SEED), objects);
        corpus.generate();

        int files = 0;
        long bytes = 0;
        for (OutFile f : corpus.files) {
            if (f.docs.isEmpty()) {
                continue;
            }
            bytes += write(out, f.path, f.render());
            files++;
        }
        Files.writeString(out.resolve(MARKER),
                "written by bench/GenerateCorpus.java, objects=" + objects + "\n", StandardCharsets.UTF_8);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long namespaces = corpus.files.stream().flatMap(f -> f.docs.stream()).filter(d -> d.kind().equals("Namespace")).count();
        System.out.printf(Locale.ROOT, "%s: %d files, %d objects, %.2f MB, %d namespaces, in %d ms%n",
                out, files, corpus.emitted, bytes / 1e6, namespaces, ms);
    }

    /** The size argument after OUT_DIR ({@code name} in messages), or the fallback; exits 2 on bad usage. */
    static int sizeArgument(String[] args, String name, int fallback, int min) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java bench/GenerateCorpus.java OUT_DIR [OBJECTS]\n"
                    + "       java bench/GenerateCorpus.java --terraform OUT_DIR [FILES]");
            System.exit(2);
        }
        int size;
        try {
            size = args.length == 2 ? Integer.parseInt(args[1]) : fallback;
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < min) {
            System.err.println(name + " must be an integer of at least " + min + ", got: " + args[1]);
            System.exit(2);
        }
        return size;
    }

    /** Writes one file of the corpus; returns its size in bytes. */
    static long write(Path out, String relative, String text) throws IOException {
        Path p = out.resolve(relative);
        Files.createDirectories(p.getParent());
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, content);
        return content.length;
    }

    /** Refuses to touch a non-empty directory it did not write. */
    static void prepare(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty) {
                if (!Files.exists(out.resolve(MARKER))) {
                    System.err.println(out + " is not empty and was not written by this generator; refusing to overwrite it");
                    System.exit(2);
                }
                try (Stream<Path> s = Files.walk(out)) {
                    s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(out)).forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        } else if (Files.exists(out)) {
            System.err.println(out + " exists and is not a directory");
            System.exit(2);
        }
        Files.createDirectories(out);
    }

    // ---------------------------------------------------------------------------------
    // Output model

    record Doc(String kind, String component, String text, String source) {}

    static final class OutFile {
        final String path;
        final List<String> header = new ArrayList<>();
        final List<Doc> docs = new ArrayList<>();
        boolean helmSources;      // "# Source: <chart>/templates/..." before each document
        boolean leadingSeparator; // "---" before the first document
        boolean trailingEmpty;    // a final "---" with nothing after it (helm template output)

        OutFile(String path) {
            this.path = path;
        }

        String render() {
            StringBuilder sb = new StringBuilder(docs.size() * 1200);
            for (String h : header) {
                sb.append("# ").append(h).append('\n');
            }
            for (int i = 0; i < docs.size(); i++) {
                if (i > 0 || leadingSeparator) {
                    sb.append("---\n");
                }
                if (helmSources) {
                    sb.append("# Source: ").append(docs.get(i).source()).append('\n');
                }
                sb.append(docs.get(i).text());
            }
            if (trailingEmpty) {
                sb.append("---\n");
            }
            return sb.toString();
        }
    }

    /** A tiny line-oriented YAML writer: two-space indentation, the caller picks the style. */
    static final class Y {
        private static final String[] PAD = new String[24];

        static {
            for (int i = 0; i < PAD.length; i++) {
                PAD[i] = " ".repeat(i * 2);
            }
        }

        final StringBuilder sb = new StringBuilder(2048);

        Y l(int indent, String text) {
            sb.append(PAD[indent]).append(text).append('\n');
            return this;
        }

        Y kv(int indent, String key, Object value) {
            sb.append(PAD[indent]).append(key).append(": ").append(value).append('\n');
            return this;
        }

        /** A literal block scalar: "key: |" then the lines one level deeper. */
        Y block(int indent, String key, List<String> lines) {
            l(indent, key + ": |");
            for (String line : lines) {
                if (line.isEmpty()) {
                    sb.append('\n');
                } else {
                    l(indent + 1, line);
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------------------------
    // Vocabulary

    static final String[] TEAMS = {
        "payments", "checkout", "catalog", "search", "identity", "notifications", "billing",
        "analytics", "platform", "media", "messaging", "orders", "inventory", "shipping",
        "reviews", "recommendations", "support", "marketing", "data-pipeline", "edge",
    };

    static final String[] NOUNS = {
        "ledger", "invoice", "cart", "pricing", "product", "session", "profile", "token",
        "mailer", "sms", "push", "report", "export", "import", "thumbnail", "transcoder", "feed",
        "ranking", "indexer", "query", "suggest", "gateway", "router", "webhook", "audit",
        "ticket", "chat", "coupon", "campaign", "tracker", "rates", "refund", "fraud", "label",
        "carrier", "warehouse", "stock", "review", "rating", "moderation", "catalog", "media",
        "upload", "preview", "billing", "tax", "currency", "address", "geo", "consent",
        "newsletter", "segment", "attribution", "experiment", "flags", "scheduler", "ingest",
        "etl", "lake", "dashboard", "alerts", "status", "auth", "oauth", "directory", "avatar",
    };

    static final String[] QUALIFIERS = {"core", "v2", "legacy", "internal", "public", "batch", "edge", "lite"};

    static final String[] AUX_ROLES = {"worker", "consumer", "scheduler", "cache", "db", "proxy"};

    static final String[] REGISTRIES = {
        "ghcr.io/example-corp", "registry.example.com", "harbor.internal.example.com/prod",
        "europe-docker.pkg.dev/example-prod/apps",
    };

    static final String[] CACHE_IMAGES = {
        "redis:7.4.1-alpine", "redis:7.2.6", "valkey/valkey:8.0.1-alpine", "memcached:1.6.31-alpine",
    };

    static final String[] DB_IMAGES = {
        "postgres:16.4", "postgres:15.8-alpine", "mariadb:11.4.3", "mongo:7.0.14",
        "bitnami/postgresql:16.4.0-debian-12-r14", "rabbitmq:3.13.7-management-alpine",
    };

    static final String[] PROXY_IMAGES = {
        "nginx:1.27.2-alpine", "envoyproxy/envoy:v1.31.2", "haproxy:3.0.5-alpine", "traefik:v3.1.6",
    };

    static final String[] SIDECARS = {
        "fluent/fluent-bit:3.1.9", "otel/opentelemetry-collector-contrib:0.111.0",
        "envoyproxy/envoy:v1.31.2", "nginx:1.27.2-alpine",
    };

    static final String[] LITERAL_ENV_SECRETS = {"SMTP_PASSWORD", "API_TOKEN", "STRIPE_SECRET_KEY", "REDIS_PASSWORD", "JWT_SECRET"};

    static final String[] LANGS = {"go", "java", "node", "python", "rust"};

    static final String[] SECRET_KEYS = {
        "SMTP_PASSWORD", "API_TOKEN", "STRIPE_SECRET_KEY", "DB_PASSWORD", "AWS_SECRET_ACCESS_KEY",
        "JWT_SECRET", "SENTRY_AUTH_TOKEN", "REDIS_PASSWORD",
    };

    // ---------------------------------------------------------------------------------
    // Generation

    static final class Corpus {
        final Random r;
        final int budget;
        int emitted;
        final List<OutFile> files = new ArrayList<>();
        final Map<String, Set<String>> appsByTeam = new LinkedHashMap<>();
        final Map<String, String> registryByTeam = new LinkedHashMap<>();
        final double[] teamWeight = new double[TEAMS.length];

        Corpus(Random r, int budget) {
            this.r = r;
            this.budget = budget;
        }

        // -- random helpers ---------------------------------------------------------

        boolean pct(double p) {
            return r.nextDouble() < p;
        }

        int between(int lo, int hi) {
            return lo + r.nextInt(hi - lo + 1);
        }

        <T> T pick(T[] a) {
            return a[r.nextInt(a.length)];
        }

        String hex(int n) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(Character.forDigit(r.nextInt(16), 16));
            }
            return sb.toString();
        }

        String token(int n) {
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        }

        String semver() {
            return between(0, 4) + "." + between(0, 30) + "." + between(0, 20);
        }

        // -- budget -----------------------------------------------------------------

        boolean full() {
            return emitted >= budget;
        }

        OutFile newFile(String path) {
            OutFile f = new OutFile(path);
            files.add(f);
            return f;
        }

        /** Adds docs to the file while the object budget lasts. */
        void put(OutFile f, List<Doc> docs) {
            for (Doc d : docs) {
                if (full()) {
                    return;
                }
                f.docs.add(d);
                emitted++;
            }
        }

        // -- top level --------------------------------------------------------------

        void generate() {
            for (int i = 0; i < TEAMS.length; i++) {
                teamWeight[i] = 0.5 + r.nextDouble() * 3.5;
                registryByTeam.put(TEAMS[i], pick(REGISTRIES));
                appsByTeam.put(TEAMS[i], new LinkedHashSet<>());
            }
            clusterFiles();
            for (String team : TEAMS) {
                teamFiles(team);
            }
            while (!full()) {
                app(pickTeam());
            }
        }

        String pickTeam() {
            double total = 0;
            for (double w : teamWeight) {
                total += w;
            }
            double x = r.nextDouble() * total;
            for (int i = 0; i < TEAMS.length; i++) {
                x -= teamWeight[i];
                if (x < 0) {
                    return TEAMS[i];
                }
            }
            return TEAMS[TEAMS.length - 1];
        }

        void clusterFiles() {
            List<Doc> namespaces = new ArrayList<>();
            for (String team : TEAMS) {
                Y y = new Y();
                y.l(0, "apiVersion: v1").l(0, "kind: Namespace").l(0, "metadata:").kv(1, "name", team);
                y.l(1, "labels:").kv(2, "team", team);
                y.kv(2, "pod-security.kubernetes.io/enforce", pct(0.7) ? "baseline" : "restricted");
                if (pct(0.4)) {
                    y.l(1, "annotations:").kv(2, "example.com/owner", "\"team-" + team + "@example.com\"");
                }
                namespaces.add(new Doc("Namespace", team, y.toString(), "cluster/namespaces.yaml"));
            }
            OutFile ns = newFile("cluster/namespaces.yaml");
            ns.header.add("Namespaces, one per team. Applied before anything under apps/.");
            put(ns, namespaces);

            List<Doc> roles = new ArrayList<>();
            roles.add(clusterRole("team-developer", new String[][] {
                {"\"\", \"apps\", \"batch\"", "pods, pods/log, deployments, statefulsets, jobs, cronjobs, configmaps, services", "get, list, watch, create, update, patch, delete"},
                {"\"networking.k8s.io\"", "ingresses, networkpolicies", "get, list, watch"},
            }));
            roles.add(clusterRole("team-viewer", new String[][] {
                {"\"\", \"apps\", \"batch\"", "pods, pods/log, deployments, statefulsets, jobs, cronjobs, services", "get, list, watch"},
            }));
            roles.add(clusterRole("metrics-reader", new String[][] {
                {"\"\"", "nodes, nodes/metrics, services, endpoints, pods", "get, list, watch"},
            }));
            OutFile rf = newFile("cluster/rbac/cluster-roles.yaml");
            put(rf, roles);

            List<Doc> bindings = new ArrayList<>();
            bindings.add(clusterRoleBinding("ops-automation-admin", "cluster-admin", "ServiceAccount", "ops-automation", "platform"));
            bindings.add(clusterRoleBinding("prometheus-metrics-reader", "metrics-reader", "ServiceAccount", "prometheus", "platform"));
            bindings.add(clusterRoleBinding("sre-oncall-admin", "cluster-admin", "Group", "sre-oncall", null));
            OutFile bf = newFile("cluster/rbac/cluster-role-bindings.yaml");
            bf.header.add("Cluster-wide bindings. Keep this list short.");
            put(bf, bindings);
        }

        Doc clusterRole(String name, String[][] rules) {
            Y y = new Y();
            y.l(0, "apiVersion: rbac.authorization.k8s.io/v1").l(0, "kind: ClusterRole").l(0, "metadata:").kv(1, "name", name);
            y.l(0, "rules:");
            for (String[] rule : rules) {
                y.l(1, "- apiGroups: [" + rule[0] + "]");
                y.l(2, "resources: [" + quoteList(rule[1]) + "]");
                y.l(2, "verbs: [" + quoteList(rule[2]) + "]");
            }
            return new Doc("ClusterRole", name, y.toString(), "cluster/rbac/" + name + ".yaml");
        }

        static String quoteList(String csv) {
            StringBuilder sb = new StringBuilder();
            for (String s : csv.split(", ")) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append('"').append(s).append('"');
            }
            return sb.toString();
        }

        Doc clusterRoleBinding(String name, String role, String subjectKind, String subject, String ns) {
            Y y = new Y();
            y.l(0, "apiVersion: rbac.authorization.k8s.io/v1").l(0, "kind: ClusterRoleBinding").l(0, "metadata:").kv(1, "name", name);
            y.l(0, "roleRef:").kv(1, "apiGroup", "rbac.authorization.k8s.io").kv(1, "kind", "ClusterRole").kv(1, "name", role);
            y.l(0, "subjects:");
            y.kv(1, "- kind", subjectKind).kv(2, "name", subject);
            if (ns != null) {
                y.kv(2, "namespace", ns);
            } else {
                y.kv(2, "apiGroup", "rbac.authorization.k8s.io");
            }
            return new Doc("ClusterRoleBinding", name, y.toString(), "cluster/rbac/" + name + ".yaml");
        }

        void teamFiles(String team) {
            if (pct(0.7)) {
                List<Doc> docs = new ArrayList<>();
                Y y = new Y();
                y.l(0, "apiVersion: networking.k8s.io/v1").l(0, "kind: NetworkPolicy").l(0, "metadata:")
                        .kv(1, "name", "default-deny-ingress").kv(1, "namespace", team);
                y.l(0, "spec:").l(1, "podSelector: {}").l(1, "policyTypes:").l(2, "- Ingress");
                docs.add(new Doc("NetworkPolicy", "team", y.toString(), ""));
                y = new Y();
                y.l(0, "apiVersion: networking.k8s.io/v1").l(0, "kind: NetworkPolicy").l(0, "metadata:")
                        .kv(1, "name", "allow-same-namespace").kv(1, "namespace", team);
                y.l(0, "spec:").l(1, "podSelector: {}").l(1, "policyTypes:").l(2, "- Ingress");
                y.l(1, "ingress:").l(2, "- from:").l(4, "- podSelector: {}");
                docs.add(new Doc("NetworkPolicy", "team", y.toString(), ""));
                y = new Y();
                y.l(0, "apiVersion: networking.k8s.io/v1").l(0, "kind: NetworkPolicy").l(0, "metadata:")
                        .kv(1, "name", "allow-prometheus-scrape").kv(1, "namespace", team);
                y.l(0, "spec:").l(1, "podSelector: {}").l(1, "policyTypes:").l(2, "- Ingress");
                y.l(1, "ingress:").l(2, "- from:").l(4, "- namespaceSelector:").l(6, "matchLabels:")
                        .kv(7, "kubernetes.io/metadata.name", "platform");
                y.l(5, "podSelector:").l(6, "matchLabels:").kv(7, "app.kubernetes.io/name", "prometheus");
                y.l(3, "ports:").l(4, "- port: 9090").l(5, "protocol: TCP");
                docs.add(new Doc("NetworkPolicy", "team", y.toString(), ""));
                OutFile f = newFile("apps/" + team + "/_team/network-policies.yaml");
                f.header.add("Baseline policies for the " + team + " namespace; per-app allows live next to each app.");
                put(f, docs);
            }
            List<Doc> rbac = new ArrayList<>();
            Y y = new Y();
            y.l(0, "apiVersion: v1").l(0, "kind: ServiceAccount").l(0, "metadata:").kv(1, "name", "ci-deployer").kv(1, "namespace", team);
            rbac.add(new Doc("ServiceAccount", "team", y.toString(), ""));
            y = new Y();
            y.l(0, "apiVersion: rbac.authorization.k8s.io/v1").l(0, "kind: RoleBinding").l(0, "metadata:")
                    .kv(1, "name", "ci-deployer").kv(1, "namespace", team);
            y.l(0, "roleRef:").kv(1, "apiGroup", "rbac.authorization.k8s.io").kv(1, "kind", "ClusterRole")
                    .kv(1, "name", pct(0.1) ? "cluster-admin" : "team-developer");
            y.l(0, "subjects:").kv(1, "- kind", "ServiceAccount").kv(2, "name", "ci-deployer").kv(2, "namespace", team);
            rbac.add(new Doc("RoleBinding", "team", y.toString(), ""));
            y = new Y();
            y.l(0, "apiVersion: rbac.authorization.k8s.io/v1").l(0, "kind: RoleBinding").l(0, "metadata:")
                    .kv(1, "name", "team-" + team + "-developers").kv(1, "namespace", team);
            y.l(0, "roleRef:").kv(1, "apiGroup", "rbac.authorization.k8s.io").kv(1, "kind", "ClusterRole").kv(1, "name", "team-developer");
            y.l(0, "subjects:").kv(1, "- kind", "Group").kv(2, "name", "team-" + team).kv(2, "apiGroup", "rbac.authorization.k8s.io");
            rbac.add(new Doc("RoleBinding", "team", y.toString(), ""));
            put(newFile("apps/" + team + "/_team/rbac.yaml"), rbac);
        }

        // -- one application: 1-4 components, written in one of several layouts ------

        void app(String team) {
            Set<String> used = appsByTeam.get(team);
            String app = pick(NOUNS);
            while (used.contains(app)) {
                app = pick(NOUNS) + "-" + pick(QUALIFIERS);
                if (used.contains(app)) {
                    app = app + "-" + between(2, 99);
                }
            }
            used.add(app);

            double c = r.nextDouble();
            int components = c < 0.20 ? 1 : c < 0.60 ? 2 : c < 0.85 ? 3 : 4;
            List<Doc> docs = new ArrayList<>();
            String mainRole = pct(0.6) ? "api" : pct(0.5) ? "web" : "server";
            App a = new App(team, app);
            component(a, mainRole, true, docs);
            Set<String> roles = new LinkedHashSet<>();
            roles.add(mainRole);
            for (int i = 1; i < components; i++) {
                String role = pick(AUX_ROLES);
                if (!roles.add(role)) {
                    continue;
                }
                component(a, role, false, docs);
            }
            if (pct(0.25)) {
                docs.add(cronJob(a));
            }
            layout(a, docs);
        }

        record App(String team, String name) {}

        void layout(App a, List<Doc> docs) {
            String dir = "apps/" + a.team() + "/" + a.name() + "/";
            double x = r.nextDouble();
            if (x < 0.87) {
                // everything in one file (split if it would exceed the per-file cap)
                String[] names = {a.name() + ".yaml", "manifests.yaml", "all.yaml", "rendered.yaml"};
                String base = pick(names);
                boolean helm = base.equals("rendered.yaml");
                String sub = pct(0.2) ? "deploy/" : "";
                for (int i = 0, part = 1; i < docs.size(); i += MAX_DOCS_PER_FILE, part++) {
                    String file = part == 1 ? base : base.replace(".yaml", "-" + part + ".yaml");
                    OutFile f = newFile(dir + sub + file);
                    if (helm) {
                        f.header.add("Rendered with: helm template " + a.name() + " charts/service -f values/" + a.name() + ".yaml");
                        f.helmSources = true;
                        f.leadingSeparator = true;
                        f.trailingEmpty = pct(0.5);
                    } else {
                        f.leadingSeparator = pct(0.1);
                        if (pct(0.3)) {
                            f.header.add(a.name() + " — owned by team " + a.team() + ". Deployed by CI on merge to main.");
                        }
                    }
                    put(f, docs.subList(i, Math.min(docs.size(), i + MAX_DOCS_PER_FILE)));
                }
            } else if (x < 0.97) {
                // one file per component, optionally under base/
                String sub = pct(0.4) ? "base/" : "";
                Map<String, List<Doc>> byComponent = new LinkedHashMap<>();
                for (Doc d : docs) {
                    byComponent.computeIfAbsent(d.component(), k -> new ArrayList<>()).add(d);
                }
                for (Map.Entry<String, List<Doc>> e : byComponent.entrySet()) {
                    List<Doc> list = e.getValue();
                    for (int i = 0, part = 1; i < list.size(); i += MAX_DOCS_PER_FILE, part++) {
                        OutFile f = newFile(dir + sub + e.getKey() + (part == 1 ? "" : "-" + part) + ".yaml");
                        put(f, list.subList(i, Math.min(list.size(), i + MAX_DOCS_PER_FILE)));
                    }
                }
            } else {
                // one file per kind, kustomize style
                String sub = pick(new String[] {"k8s/", "base/", "manifests/"});
                Map<String, List<Doc>> byKind = new LinkedHashMap<>();
                for (Doc d : docs) {
                    byKind.computeIfAbsent(kindFile(d.kind()), k -> new ArrayList<>()).add(d);
                }
                for (Map.Entry<String, List<Doc>> e : byKind.entrySet()) {
                    List<Doc> list = e.getValue();
                    for (int i = 0, part = 1; i < list.size(); i += MAX_DOCS_PER_FILE, part++) {
                        OutFile f = newFile(dir + sub + e.getKey() + (part == 1 ? "" : "-" + part) + ".yaml");
                        put(f, list.subList(i, Math.min(list.size(), i + MAX_DOCS_PER_FILE)));
                    }
                }
            }
        }

        static String kindFile(String kind) {
            switch (kind) {
                case "Deployment": case "StatefulSet": case "CronJob": return "workloads";
                case "Service": return "service";
                case "ConfigMap": return "configmap";
                case "Ingress": return "ingress";
                case "NetworkPolicy": return "networkpolicy";
                case "PodDisruptionBudget": return "pdb";
                default: return "rbac";
            }
        }

        /** One deployable component and everything that comes with it. */
        void component(App a, String role, boolean main, List<Doc> docs) {
            String name = a.name() + "-" + role;
            boolean stateful = role.equals("cache") || role.equals("db");
            boolean serves = main || stateful || role.equals("proxy");
            int replicas;
            double x = r.nextDouble();
            if (stateful) {
                replicas = x < 0.6 ? 1 : 3;
            } else {
                replicas = x < 0.3 ? 1 : x < 0.6 ? 2 : x < 0.85 ? 3 : between(4, 8);
            }
            boolean sa = pct(0.6);
            Spec s = new Spec(a, name, role, stateful, replicas, sa);

            // ConfigMaps first, as a chart renders them
            double cm = r.nextDouble();
            int configMaps = stateful ? (cm < 0.5 ? 1 : 0) : cm < 0.5 ? 1 : cm < 0.85 ? 2 : 3;
            if (main && pct(0.1)) {
                configMaps += between(1, 3);
            }
            for (int i = 0; i < configMaps; i++) {
                String suffix = i == 0 ? "config" : i == 1 ? "env" : i == 2 ? "files" : "extra-" + i;
                docs.add(configMap(s, name + "-" + suffix, i == 0));
                s.configMaps.add(name + "-" + suffix);
            }
            if (sa) {
                docs.add(serviceAccount(s));
                if (pct(0.45)) {
                    docs.add(role(s));
                    docs.add(roleBinding(s));
                }
            }
            if (serves) {
                docs.add(service(s, false));
                if (stateful || pct(0.25)) {
                    docs.add(service(s, true));
                }
            }
            docs.add(stateful ? statefulSet(s) : deployment(s));
            if (replicas >= 2 ? pct(0.55) : pct(0.08)) {
                docs.add(pdb(s));
            }
            if (main && pct(0.5)) {
                docs.add(ingress(s));
            }
            if (serves && pct(0.45)) {
                docs.add(networkPolicy(s));
            }
        }

        final class Spec {
            final App app;
            final String name;
            final String role;
            final boolean stateful;
            final int replicas;
            final boolean serviceAccount;
            final List<String> configMaps = new ArrayList<>();
            final int port;
            final String lang;
            boolean tmpVolume;

            Spec(App app, String name, String role, boolean stateful, int replicas, boolean serviceAccount) {
                this.app = app;
                this.name = name;
                this.role = role;
                this.stateful = stateful;
                this.replicas = replicas;
                this.serviceAccount = serviceAccount;
                this.port = role.equals("cache") ? 6379 : role.equals("db") ? 5432 : pick(new Integer[] {8080, 8080, 8000, 3000, 9000});
                this.lang = pick(LANGS);
            }

            String ns() {
                return app.team();
            }
        }

        void meta(Y y, Spec s, String name, boolean labels) {
            y.l(0, "metadata:").kv(1, "name", name).kv(1, "namespace", s.ns());
            if (labels) {
                y.l(1, "labels:");
                y.kv(2, "app.kubernetes.io/name", s.name);
                y.kv(2, "app.kubernetes.io/component", s.role);
                y.kv(2, "app.kubernetes.io/part-of", s.app.name());
                y.kv(2, "team", s.ns());
            }
        }

        // -- ConfigMap ----------------------------------------------------------------

        Doc configMap(Spec s, String name, boolean first) {
            Y y = new Y();
            y.l(0, "apiVersion: v1").l(0, "kind: ConfigMap");
            meta(y, s, name, pct(0.7));
            y.l(0, "data:");
            int keys = between(3, 12);
            String[] plain = {
                "LOG_LEVEL", "LOG_FORMAT", "HTTP_PORT", "METRICS_PORT", "REQUEST_TIMEOUT", "CACHE_TTL",
                "FEATURE_NEW_CHECKOUT", "FEATURE_DARK_MODE", "MAX_CONNECTIONS", "WORKER_CONCURRENCY",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME", "DB_HOST", "DB_PORT", "DB_NAME",
                "DB_USER", "REDIS_HOST", "QUEUE_NAME", "UPSTREAM_URL", "TZ", "LANG", "GOMAXPROCS",
                "JAVA_TOOL_OPTIONS", "NODE_ENV", "SENTRY_ENVIRONMENT", "RATE_LIMIT_RPS",
            };
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < keys; i++) {
                String k = pick(plain);
                if (!seen.add(k)) {
                    continue;
                }
                y.kv(1, k, plainValue(s, k));
            }
            if (pct(0.02)) {
                String k = pick(SECRET_KEYS);
                if (!seen.contains(k)) {
                    y.kv(1, k, "\"" + token(between(16, 32)) + "\"");
                }
            }
            if (!first || pct(0.45)) {
                String file = pick(new String[] {"application.yaml", "nginx.conf", "logback.xml", "config.toml"});
                y.block(1, file, configFile(s, file));
            }
            if (pct(0.003)) {
                List<String> pem = new ArrayList<>();
                pem.add("-----BEGIN PRIVATE KEY-----");
                for (int i = 0; i < 25; i++) {
                    pem.add(token(64));
                }
                pem.add("-----END PRIVATE KEY-----");
                y.block(1, "tls.key", pem);
            }
            return new Doc("ConfigMap", s.name, y.toString(), chartPath(s, "configmap.yaml"));
        }

        String chartPath(Spec s, String template) {
            return "service/templates/" + template;
        }

        String plainValue(Spec s, String key) {
            switch (key) {
                case "LOG_LEVEL": return pick(new String[] {"info", "debug", "warn"});
                case "LOG_FORMAT": return "json";
                case "HTTP_PORT": return "\"" + s.port + "\"";
                case "METRICS_PORT": return "\"9090\"";
                case "REQUEST_TIMEOUT": return between(2, 60) + "s";
                case "CACHE_TTL": return "\"" + between(30, 3600) + "\"";
                case "FEATURE_NEW_CHECKOUT": case "FEATURE_DARK_MODE": return pct(0.5) ? "\"true\"" : "\"false\"";
                case "MAX_CONNECTIONS": return "\"" + between(10, 500) + "\"";
                case "WORKER_CONCURRENCY": return "\"" + between(1, 16) + "\"";
                case "OTEL_EXPORTER_OTLP_ENDPOINT": return "http://otel-collector.platform.svc.cluster.local:4317";
                case "OTEL_SERVICE_NAME": return s.name;
                case "DB_HOST": return s.app.name() + "-db." + s.ns() + ".svc.cluster.local";
                case "DB_PORT": return "\"5432\"";
                case "DB_NAME": return s.app.name().replace('-', '_');
                case "DB_USER": return s.app.name().replace('-', '_') + "_app";
                case "REDIS_HOST": return s.app.name() + "-cache:6379";
                case "QUEUE_NAME": return s.app.name() + "." + pick(new String[] {"events", "jobs", "outbox"});
                case "UPSTREAM_URL": return "http://" + pick(NOUNS) + "-api." + pick(TEAMS) + ".svc.cluster.local";
                case "TZ": return "Europe/Berlin";
                case "LANG": return "C.UTF-8";
                case "GOMAXPROCS": return "\"" + between(1, 4) + "\"";
                case "JAVA_TOOL_OPTIONS": return "\"-XX:MaxRAMPercentage=75 -XX:+UseG1GC\"";
                case "NODE_ENV": return "production";
                case "SENTRY_ENVIRONMENT": return "production";
                case "RATE_LIMIT_RPS": return "\"" + between(5, 200) + "\"";
                default: return "\"\"";
            }
        }

        List<String> configFile(Spec s, String file) {
            List<String> l = new ArrayList<>();
            switch (file) {
                case "application.yaml":
                    l.add("server:");
                    l.add("  port: " + s.port);
                    l.add("  shutdown: graceful");
                    l.add("management:");
                    l.add("  endpoints:");
                    l.add("    web:");
                    l.add("      exposure:");
                    l.add("        include: [health, prometheus]");
                    l.add("spring:");
                    l.add("  datasource:");
                    l.add("    url: jdbc:postgresql://" + s.app.name() + "-db:5432/" + s.app.name().replace('-', '_'));
                    l.add("    hikari:");
                    l.add("      maximum-pool-size: " + between(5, 40));
                    l.add("  lifecycle:");
                    l.add("    timeout-per-shutdown-phase: " + between(10, 30) + "s");
                    break;
                case "nginx.conf":
                    l.add("worker_processes auto;");
                    l.add("events { worker_connections 1024; }");
                    l.add("http {");
                    l.add("  access_log /dev/stdout;");
                    l.add("  server {");
                    l.add("    listen " + s.port + ";");
                    l.add("    location /healthz { return 200 'ok'; }");
                    l.add("    location / {");
                    l.add("      proxy_pass http://127.0.0.1:" + (s.port + 1) + ";");
                    l.add("      proxy_read_timeout " + between(5, 120) + "s;");
                    l.add("    }");
                    l.add("  }");
                    l.add("}");
                    break;
                case "logback.xml":
                    l.add("<configuration>");
                    l.add("  <appender name=\"JSON\" class=\"ch.qos.logback.core.ConsoleAppender\">");
                    l.add("    <encoder class=\"net.logstash.logback.encoder.LogstashEncoder\"/>");
                    l.add("  </appender>");
                    l.add("  <logger name=\"com.example\" level=\"" + pick(new String[] {"INFO", "DEBUG"}) + "\"/>");
                    l.add("  <root level=\"INFO\"><appender-ref ref=\"JSON\"/></root>");
                    l.add("</configuration>");
                    break;
                default:
                    l.add("[server]");
                    l.add("listen = \"0.0.0.0:" + s.port + "\"");
                    l.add("read_timeout = \"" + between(5, 60) + "s\"");
                    l.add("");
                    l.add("[upstream]");
                    l.add("url = \"http://" + pick(NOUNS) + "-api." + pick(TEAMS) + ".svc.cluster.local\"");
                    l.add("retries = " + between(0, 5));
                    break;
            }
            return l;
        }

        // -- RBAC -----------------------------------------------------------------------

        Doc serviceAccount(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: v1").l(0, "kind: ServiceAccount");
            meta(y, s, s.name, pct(0.8));
            if (pct(0.5)) {
                y.l(0, "automountServiceAccountToken: false");
            }
            return new Doc("ServiceAccount", s.name, y.toString(), chartPath(s, "serviceaccount.yaml"));
        }

        Doc role(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: rbac.authorization.k8s.io/v1").l(0, "kind: Role");
            meta(y, s, s.name, false);
            y.l(0, "rules:");
            y.l(1, "- apiGroups: [\"\"]").l(2, "resources: [\"configmaps\"]").l(2, "verbs: [\"get\", \"list\", \"watch\"]");
            if (pct(0.5)) {
                y.l(1, "- apiGroups: [\"\"]").l(2, "resources: [\"secrets\"]")
                        .l(2, "resourceNames: [\"" + s.name + "-credentials\"]").l(2, "verbs: [\"get\"]");
            }
            if (pct(0.3)) {
                y.l(1, "- apiGroups: [\"coordination.k8s.io\"]").l(2, "resources: [\"leases\"]")
                        .l(2, "verbs: [\"get\", \"create\", \"update\"]");
            }
            return new Doc("Role", s.name, y.toString(), chartPath(s, "role.yaml"));
        }

        Doc roleBinding(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: rbac.authorization.k8s.io/v1").l(0, "kind: RoleBinding");
            meta(y, s, s.name, false);
            y.l(0, "roleRef:").kv(1, "apiGroup", "rbac.authorization.k8s.io").kv(1, "kind", "Role").kv(1, "name", s.name);
            y.l(0, "subjects:").kv(1, "- kind", "ServiceAccount").kv(2, "name", s.name).kv(2, "namespace", s.ns());
            return new Doc("RoleBinding", s.name, y.toString(), chartPath(s, "rolebinding.yaml"));
        }

        // -- Service / Ingress / PDB / NetworkPolicy ------------------------------------

        Doc service(Spec s, boolean second) {
            Y y = new Y();
            y.l(0, "apiVersion: v1").l(0, "kind: Service");
            String name = second ? s.name + (s.stateful ? "-headless" : "-metrics") : s.name;
            meta(y, s, name, true);
            y.l(0, "spec:");
            if (second && s.stateful) {
                y.l(1, "clusterIP: None");
            } else {
                y.l(1, "type: ClusterIP");
            }
            y.l(1, "selector:");
            // a small share of Services select nothing: a typo or a label renamed on one side only
            String selected = pct(0.015) ? s.name.replace("-", "_") : s.name;
            y.kv(2, "app.kubernetes.io/name", selected);
            y.l(1, "ports:");
            if (second && !s.stateful) {
                y.l(2, "- name: metrics").l(3, "port: 9090").l(3, "targetPort: metrics").l(3, "protocol: TCP");
            } else {
                y.l(2, "- name: " + portName(s)).kv(3, "port", s.stateful ? s.port : 80)
                        .kv(3, "targetPort", portName(s)).l(3, "protocol: TCP");
            }
            return new Doc("Service", s.name, y.toString(), chartPath(s, second ? "service-extra.yaml" : "service.yaml"));
        }

        String portName(Spec s) {
            return s.role.equals("cache") ? "redis" : s.role.equals("db") ? "db" : "http";
        }

        Doc ingress(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: networking.k8s.io/v1").l(0, "kind: Ingress");
            meta(y, s, s.name, pct(0.5));
            boolean tls = pct(0.85);
            boolean traefik = pct(0.6);
            y.l(1, "annotations:");
            if (tls) {
                y.kv(2, "cert-manager.io/cluster-issuer", "letsencrypt-prod");
            }
            if (traefik) {
                y.kv(2, "traefik.ingress.kubernetes.io/router.entrypoints", "websecure");
            } else {
                y.kv(2, "nginx.ingress.kubernetes.io/proxy-body-size", between(1, 50) + "m");
            }
            String host = s.app.name() + "." + s.ns() + ".example.com";
            y.l(0, "spec:").kv(1, "ingressClassName", traefik ? "traefik" : "nginx");
            if (tls) {
                y.l(1, "tls:").l(2, "- hosts:").l(4, "- " + host).kv(3, "secretName", s.app.name() + "-tls");
            }
            y.l(1, "rules:").kv(2, "- host", host).l(3, "http:").l(4, "paths:");
            y.l(5, "- path: /").l(6, "pathType: Prefix").l(6, "backend:").l(7, "service:")
                    .kv(8, "name", s.name).l(8, "port:").kv(9, "name", "http");
            return new Doc("Ingress", s.name, y.toString(), chartPath(s, "ingress.yaml"));
        }

        Doc pdb(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: policy/v1").l(0, "kind: PodDisruptionBudget");
            meta(y, s, s.name, pct(0.5));
            y.l(0, "spec:");
            if (pct(0.5)) {
                y.kv(1, "minAvailable", s.replicas >= 3 ? "\"50%\"" : "1");
            } else {
                y.kv(1, "maxUnavailable", 1);
            }
            y.l(1, "selector:").l(2, "matchLabels:").kv(3, "app.kubernetes.io/name", s.name);
            return new Doc("PodDisruptionBudget", s.name, y.toString(), chartPath(s, "pdb.yaml"));
        }

        Doc networkPolicy(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: networking.k8s.io/v1").l(0, "kind: NetworkPolicy");
            meta(y, s, "allow-" + s.name, false);
            y.l(0, "spec:").l(1, "podSelector:").l(2, "matchLabels:").kv(3, "app.kubernetes.io/name", s.name);
            y.l(1, "policyTypes:").l(2, "- Ingress");
            if (pct(0.3)) {
                y.l(2, "- Egress");
            }
            y.l(1, "ingress:").l(2, "- from:");
            if (s.role.equals("api") || s.role.equals("web") || s.role.equals("server")) {
                y.l(4, "- namespaceSelector:").l(6, "matchLabels:").kv(7, "kubernetes.io/metadata.name", "ingress");
            } else {
                y.l(4, "- podSelector:").l(6, "matchLabels:").kv(7, "app.kubernetes.io/part-of", s.app.name());
            }
            y.l(3, "ports:").l(4, "- port: " + s.port).l(5, "protocol: TCP");
            return new Doc("NetworkPolicy", s.name, y.toString(), chartPath(s, "networkpolicy.yaml"));
        }

        // -- workloads --------------------------------------------------------------------

        String image(Spec s) {
            String repo;
            if (s.role.equals("cache")) {
                repo = pick(CACHE_IMAGES);
            } else if (s.role.equals("db")) {
                repo = pick(DB_IMAGES);
            } else if (s.role.equals("proxy")) {
                repo = pick(PROXY_IMAGES);
            } else {
                repo = registryByTeam.get(s.ns()) + "/" + s.app.name() + "-" + s.role;
            }
            String bare = repo.contains(":") ? repo.substring(0, repo.lastIndexOf(':')) : repo;
            double x = r.nextDouble();
            if (x < 0.06) {
                return bare + ":latest";
            } else if (x < 0.08) {
                return bare;
            } else if (x < 0.10) {
                return bare + pick(new String[] {":main", ":master", ":develop", ":stable"});
            } else if (x < 0.15) {
                String tagged = repo.contains(":") ? repo : repo + ":" + semver();
                return tagged + "@sha256:" + hex(64);
            } else if (repo.contains(":")) {
                return repo;
            } else if (x < 0.25) {
                return repo + ":sha-" + hex(7);
            }
            return repo + ":" + (pct(0.5) ? "v" : "") + semver();
        }

        void podTemplate(Y y, int i, Spec s, boolean anchored) {
            y.l(i, "template:");
            y.l(i + 1, "metadata:");
            if (anchored) {
                y.l(i + 2, "labels: *selector");
            } else {
                y.l(i + 2, "labels:");
                y.kv(i + 3, "app.kubernetes.io/name", s.name);
                y.kv(i + 3, "app.kubernetes.io/component", s.role);
                y.kv(i + 3, "app.kubernetes.io/part-of", s.app.name());
            }
            boolean scrape = pct(0.5);
            boolean checksum = !s.configMaps.isEmpty() && pct(0.4);
            boolean ignore = pct(0.01);
            if (scrape || checksum || ignore) {
                y.l(i + 2, "annotations:");
                if (scrape) {
                    y.kv(i + 3, "prometheus.io/scrape", "\"true\"").kv(i + 3, "prometheus.io/port", "\"9090\"");
                }
                if (checksum) {
                    y.kv(i + 3, "checksum/config", hex(64));
                }
                if (ignore) {
                    y.kv(i + 3, "plumb.dev/ignore", "\"readiness-probe-missing — readiness is gated by the mesh\"");
                }
            }
            y.l(i + 1, "spec:");
            int p = i + 2;
            if (s.serviceAccount) {
                y.kv(p, "serviceAccountName", s.name);
            }
            if (pct(0.005)) {
                y.l(p, "hostNetwork: true");
            }
            if (pct(0.6)) {
                y.l(p, "securityContext:").l(p + 1, "runAsNonRoot: true").kv(p + 1, "runAsUser", between(1000, 65000))
                        .kv(p + 1, "fsGroup", between(1000, 65000));
                if (pct(0.5)) {
                    y.l(p + 1, "seccompProfile:").l(p + 2, "type: RuntimeDefault");
                }
            }
            if (pct(0.5)) {
                y.kv(p, "terminationGracePeriodSeconds", pick(new Integer[] {10, 30, 30, 60}));
            }
            if (pct(0.15)) {
                y.l(p, "imagePullSecrets:").l(p + 1, "- name: registry-credentials");
            }
            boolean tmp = pct(0.4);
            s.tmpVolume = tmp;
            y.l(p, "containers:");
            container(y, p + 1, s, s.role, image(s), true);
            if (!s.stateful && pct(0.12)) {
                container(y, p + 1, s, "sidecar", pick(SIDECARS), false);
            }
            List<String[]> volumes = new ArrayList<>();
            if (!s.configMaps.isEmpty()) {
                volumes.add(new String[] {"config", "configMap", s.configMaps.get(0)});
            }
            if (tmp) {
                volumes.add(new String[] {"tmp", "emptyDir", null});
            }
            if (!volumes.isEmpty()) {
                y.l(p, "volumes:");
                for (String[] v : volumes) {
                    y.l(p + 1, "- name: " + v[0]);
                    if (v[1].equals("emptyDir")) {
                        y.l(p + 2, "emptyDir: {}");
                    } else {
                        y.l(p + 2, "configMap:").kv(p + 3, "name", v[2]);
                    }
                }
            }
            if (s.replicas > 1 && pct(0.2)) {
                y.l(p, "affinity:").l(p + 1, "podAntiAffinity:").l(p + 2, "preferredDuringSchedulingIgnoredDuringExecution:");
                y.l(p + 3, "- weight: 100").l(p + 4, "podAffinityTerm:").l(p + 5, "topologyKey: kubernetes.io/hostname");
                y.l(p + 5, "labelSelector:").l(p + 6, "matchLabels:").kv(p + 7, "app.kubernetes.io/name", s.name);
            }
            if (pct(0.1)) {
                y.l(p, "nodeSelector:").kv(p + 1, "kubernetes.io/arch", pick(new String[] {"amd64", "arm64"}));
            }
        }

        void container(Y y, int i, Spec s, String name, String image, boolean main) {
            y.l(i, "- name: " + name);
            int c = i + 1;
            y.kv(c, "image", image);
            if (pct(0.4)) {
                y.kv(c, "imagePullPolicy", image.endsWith(":latest") ? "Always" : "IfNotPresent");
            }
            if (main && !s.stateful && pct(0.4)) {
                y.l(c, "args:");
                y.l(c + 1, "- " + pick(new String[] {"serve", "run", "start", "--config=/etc/app/config.toml"}));
                if (pct(0.5)) {
                    y.l(c + 1, "- --port=" + s.port);
                }
            }
            String portName = main ? portName(s) : "proxy";
            int port = main ? s.port : 15000 + between(0, 99);
            boolean protocol = pct(0.4);
            y.l(c, "ports:").l(c + 1, "- name: " + portName).kv(c + 2, "containerPort", port);
            if (protocol) {
                y.l(c + 2, "protocol: TCP");
            }
            if (main && !s.stateful) {
                y.l(c + 1, "- name: metrics").l(c + 2, "containerPort: 9090");
                if (protocol) {
                    y.l(c + 2, "protocol: TCP");
                }
            }
            if (main) {
                env(y, c, s);
            }
            // probes: both 62%, liveness only 10%, readiness only 10%, none 18%
            double pr = r.nextDouble();
            boolean readiness = pr < 0.62 || (pr >= 0.72 && pr < 0.82);
            boolean liveness = pr < 0.72;
            if (readiness) {
                probe(y, c, "readinessProbe", s, portName, main, false);
            }
            if (liveness) {
                probe(y, c, "livenessProbe", s, portName, main, true);
            }
            if (main && !s.stateful && pct(0.1)) {
                probe(y, c, "startupProbe", s, portName, main, true);
            }
            resources(y, c, main);
            if (pct(0.012)) {
                y.l(c, "securityContext:").l(c + 1, "privileged: true");
            } else if (pct(0.55)) {
                y.l(c, "securityContext:").l(c + 1, "allowPrivilegeEscalation: false").l(c + 1, "readOnlyRootFilesystem: true");
                if (pct(0.5)) {
                    y.l(c + 1, "capabilities: {drop: [\"ALL\"]}");
                } else {
                    y.l(c + 1, "capabilities:").l(c + 2, "drop: [\"ALL\"]");
                }
            }
            if (main && (!s.configMaps.isEmpty() || s.stateful || s.tmpVolume)) {
                y.l(c, "volumeMounts:");
                if (!s.configMaps.isEmpty()) {
                    y.l(c + 1, "- name: config").kv(c + 2, "mountPath", "/etc/app").l(c + 2, "readOnly: true");
                }
                if (s.stateful) {
                    y.l(c + 1, "- name: data").kv(c + 2, "mountPath", s.role.equals("db") ? "/var/lib/postgresql/data" : "/data");
                }
                if (s.tmpVolume) {
                    y.l(c + 1, "- name: tmp").kv(c + 2, "mountPath", "/tmp");
                }
            }
        }

        void env(Y y, int c, Spec s) {
            int n = between(0, 3);
            boolean envFrom = !s.configMaps.isEmpty() && pct(0.6);
            boolean literalSecret = pct(0.02);
            if (n > 0 || literalSecret) {
                y.l(c, "env:");
                boolean[] done = new boolean[6];
                for (int k = 0; k < n; k++) {
                    int kind = r.nextInt(6);
                    if (done[kind]) {
                        continue;
                    }
                    done[kind] = true;
                    switch (kind) {
                        case 0:
                            y.l(c + 1, "- name: POD_NAME").l(c + 2, "valueFrom:").l(c + 3, "fieldRef:").l(c + 4, "fieldPath: metadata.name");
                            break;
                        case 1:
                            y.l(c + 1, "- name: DB_PASSWORD").l(c + 2, "valueFrom:").l(c + 3, "secretKeyRef:")
                                    .kv(c + 4, "name", s.app.name() + "-db-credentials").kv(c + 4, "key", "password");
                            break;
                        case 2:
                            y.l(c + 1, "- name: APP_ENV").l(c + 2, "value: production");
                            break;
                        case 3:
                            y.l(c + 1, "- name: GOMEMLIMIT").l(c + 2, "valueFrom:").l(c + 3, "resourceFieldRef:")
                                    .l(c + 4, "resource: limits.memory");
                            break;
                        case 4:
                            y.l(c + 1, "- name: " + s.lang.toUpperCase(Locale.ROOT) + "_OPTS").l(c + 2, "value: \"" + pick(new String[] {"--max-old-space-size=384", "-Xss512k", "-O2", "--workers=4"}) + "\"");
                            break;
                        default:
                            y.l(c + 1, "- name: UPSTREAM_TIMEOUT_MS").l(c + 2, "value: \"" + between(100, 5000) + "\"");
                            break;
                    }
                }
                if (literalSecret) {
                    // a credential pasted as a literal (never DB_PASSWORD: that name may already be set above)
                    y.l(c + 1, "- name: " + pick(LITERAL_ENV_SECRETS)).l(c + 2, "value: \"" + token(between(12, 40)) + "\"");
                }
            }
            if (envFrom) {
                y.l(c, "envFrom:").l(c + 1, "- configMapRef:").kv(c + 3, "name", s.configMaps.get(s.configMaps.size() > 1 ? 1 : 0));
                if (pct(0.3)) {
                    y.l(c + 1, "- secretRef:").kv(c + 3, "name", s.name + "-secrets");
                }
            }
        }

        void probe(Y y, int c, String key, Spec s, String portName, boolean main, boolean liveness) {
            y.l(c, key + ":");
            if (s.role.equals("cache") || s.role.equals("db")) {
                if (pct(0.5)) {
                    y.l(c + 1, "tcpSocket:").kv(c + 2, "port", portName);
                } else {
                    y.l(c + 1, "exec:").l(c + 2, "command: " + (s.role.equals("db")
                            ? "[\"pg_isready\", \"-U\", \"postgres\"]" : "[\"redis-cli\", \"ping\"]"));
                }
            } else if (main && pct(0.9)) {
                y.l(c + 1, "httpGet:").kv(c + 2, "path", liveness ? "/healthz" : pick(new String[] {"/ready", "/readyz", "/healthz"}))
                        .kv(c + 2, "port", pct(0.7) ? portName : "metrics");
            } else {
                y.l(c + 1, "tcpSocket:").kv(c + 2, "port", portName);
            }
            if (liveness && pct(0.6)) {
                y.kv(c + 1, "initialDelaySeconds", between(5, 60));
            }
            if (pct(0.6)) {
                y.kv(c + 1, "periodSeconds", pick(new Integer[] {5, 10, 10, 15, 30}));
            }
            if (pct(0.25)) {
                y.kv(c + 1, "timeoutSeconds", between(1, 5));
            }
            if (pct(0.25)) {
                y.kv(c + 1, "failureThreshold", between(3, 6));
            }
        }

        void resources(Y y, int c, boolean main) {
            double x = r.nextDouble();
            if (x < 0.12) {
                return; // nothing at all
            }
            String cpu = pick(new String[] {"10m", "25m", "50m", "100m", "200m", "250m", "500m", "1"});
            String[] ladder = {"32Mi", "64Mi", "128Mi", "256Mi", "512Mi", "768Mi", "1Gi", "2Gi", "4Gi"};
            int m = r.nextInt(ladder.length - 1);
            String mem = ladder[m];
            String memLimit = ladder[Math.min(ladder.length - 1, m + between(0, 2))]; // never below the request
            y.l(c, "resources:");
            if (x < 0.17) {
                y.l(c + 1, "limits:").kv(c + 2, "cpu", pct(0.5) ? "\"1\"" : "500m").kv(c + 2, "memory", memLimit);
                return;
            }
            y.l(c + 1, "requests:");
            if (x < 0.22) {
                y.kv(c + 2, "memory", mem);           // cpu request missing
            } else {
                y.kv(c + 2, "cpu", cpu).kv(c + 2, "memory", mem);
            }
            if (x < 0.32) {
                return;                                // no limits at all
            }
            y.l(c + 1, "limits:");
            if (x < 0.37) {
                y.kv(c + 2, "cpu", "\"2\"");          // cpu limit only: memory limit missing
            } else if (pct(0.3)) {
                y.kv(c + 2, "cpu", "\"1\"").kv(c + 2, "memory", memLimit);
            } else {
                y.kv(c + 2, "memory", memLimit);
            }
        }

        Doc deployment(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: apps/v1").l(0, "kind: Deployment");
            boolean anchored = pct(0.08);
            y.l(0, "metadata:").kv(1, "name", s.name).kv(1, "namespace", s.ns());
            if (anchored) {
                y.l(1, "labels: &selector");
                y.kv(2, "app.kubernetes.io/name", s.name);
                y.kv(2, "app.kubernetes.io/part-of", s.app.name());
            } else {
                y.l(1, "labels:");
                y.kv(2, "app.kubernetes.io/name", s.name);
                y.kv(2, "app.kubernetes.io/component", s.role);
                y.kv(2, "app.kubernetes.io/part-of", s.app.name());
                if (pct(0.5)) {
                    y.kv(2, "app.kubernetes.io/version", "\"" + semver() + "\"");
                }
                y.kv(2, "team", s.ns());
            }
            if (pct(0.15)) {
                y.l(1, "annotations:").kv(2, "example.com/runbook", "https://wiki.example.com/runbooks/" + s.ns() + "/" + s.name);
            }
            y.l(0, "spec:");
            y.kv(1, "replicas", s.replicas);
            if (pct(0.5)) {
                y.kv(1, "revisionHistoryLimit", pick(new Integer[] {3, 5, 10}));
            }
            y.l(1, "selector:");
            if (anchored) {
                y.l(2, "matchLabels: *selector");
            } else {
                y.l(2, "matchLabels:").kv(3, "app.kubernetes.io/name", s.name);
            }
            if (pct(0.6)) {
                y.l(1, "strategy:").l(2, "type: RollingUpdate").l(2, "rollingUpdate:")
                        .kv(3, "maxSurge", pick(new String[] {"1", "\"25%\""})).kv(3, "maxUnavailable", 0);
            }
            podTemplate(y, 1, s, anchored);
            return new Doc("Deployment", s.name, y.toString(), chartPath(s, "deployment.yaml"));
        }

        Doc statefulSet(Spec s) {
            Y y = new Y();
            y.l(0, "apiVersion: apps/v1").l(0, "kind: StatefulSet");
            meta(y, s, s.name, true);
            y.l(0, "spec:");
            y.kv(1, "serviceName", s.name + "-headless");
            y.kv(1, "replicas", s.replicas);
            y.l(1, "podManagementPolicy: " + (pct(0.5) ? "Parallel" : "OrderedReady"));
            y.l(1, "selector:").l(2, "matchLabels:").kv(3, "app.kubernetes.io/name", s.name);
            podTemplate(y, 1, s, false);
            y.l(1, "volumeClaimTemplates:");
            y.l(2, "- metadata:").l(4, "name: data");
            y.l(3, "spec:").l(4, "accessModes: [\"ReadWriteOnce\"]")
                    .kv(4, "storageClassName", pick(new String[] {"local-path", "longhorn", "ceph-rbd"}))
                    .l(4, "resources:").l(5, "requests:").kv(6, "storage", pick(new String[] {"1Gi", "5Gi", "10Gi", "20Gi", "50Gi"}));
            return new Doc("StatefulSet", s.name, y.toString(), chartPath(s, "statefulset.yaml"));
        }

        Doc cronJob(App a) {
            String task = pick(new String[] {"cleanup", "reindex", "report", "sync", "backup", "expire-sessions"});
            String name = a.name() + "-" + task;
            Spec s = new Spec(a, name, "cron", false, 1, false);
            Y y = new Y();
            y.l(0, "apiVersion: batch/v1").l(0, "kind: CronJob");
            meta(y, s, name, pct(0.7));
            y.l(0, "spec:");
            y.kv(1, "schedule", "\"" + between(0, 59) + " " + pick(new String[] {"*", "*/6", "2", "3", "4"}) + " * * " + pick(new String[] {"*", "*", "1-5", "0"}) + "\"");
            y.l(1, "concurrencyPolicy: Forbid");
            if (pct(0.6)) {
                y.l(1, "successfulJobsHistoryLimit: 3").l(1, "failedJobsHistoryLimit: 1");
            }
            y.l(1, "jobTemplate:").l(2, "spec:");
            y.kv(3, "backoffLimit", between(0, 4));
            if (pct(0.5)) {
                y.kv(3, "activeDeadlineSeconds", between(6, 120) * 60);
            }
            y.l(3, "template:");
            y.l(4, "metadata:").l(5, "labels:").kv(6, "app.kubernetes.io/name", name).kv(6, "app.kubernetes.io/part-of", a.name());
            y.l(4, "spec:").l(5, "restartPolicy: OnFailure");
            y.l(5, "containers:");
            y.l(6, "- name: " + task);
            y.kv(7, "image", image(new Spec(a, name, "api", false, 1, false)));
            y.l(7, "args: [\"" + task + "\"" + (pct(0.5) ? ", \"--dry-run=false\"" : "") + "]");
            resources(y, 7, false);
            return new Doc("CronJob", "cron", y.toString(), chartPath(s, "cronjob.yaml"));
        }
    }
}

/**
 * A Terraform repository of the shape a homelab or small platform keeps when everything is
 * Terraform: one stack per service calling shared local modules, with the hashicorp/kubernetes
 * and hashicorp/helm providers. Every construct the loader meets in real stacks appears: heredocs,
 * {@code for} expressions, {@code dynamic} blocks, {@code count}/{@code for_each}, references
 * between resources, {@code kubernetes_manifest} objects, Helm releases with values and sets.
 */
final class TerraformCorpus {

    static final long SEED = 0x74666f726dL; // "tform"

    static final String[] SERVICES = {
        "immich", "nextcloud", "gitea", "forgejo", "vaultwarden", "paperless", "jellyfin", "sonarr", "radarr",
        "prowlarr", "bazarr", "lidarr", "overseerr", "home-assistant", "zigbee2mqtt", "node-red", "mosquitto",
        "uptime-kuma", "authentik", "freshrss", "miniflux", "wallabag", "linkding", "mealie", "tandoor",
        "bookstack", "outline", "hedgedoc", "wikijs", "photoprism", "navidrome", "audiobookshelf", "calibre-web",
        "syncthing", "minio", "n8n", "changedetection", "searxng", "adguard", "ntfy", "gotify", "actual",
        "firefly-iii", "invidious", "synapse", "plausible", "umami", "stirling-pdf", "excalidraw", "open-webui",
        "frigate", "kavita", "komga", "grocy", "monica", "shlink", "privatebin", "wikidocs", "vikunja", "joplin",
    };
    static final String[] GROUPS = {"media", "home", "apps", "tools", "auth", "data"};
    static final String[] CHARTS = {
        "bitnami/postgresql|https://charts.bitnami.com/bitnami|postgresql|15.5.38",
        "bitnami/redis|https://charts.bitnami.com/bitnami|redis|19.6.4",
        "cnpg/cluster|https://cloudnative-pg.github.io/charts|cluster|0.1.0",
        "valkey|oci://registry-1.docker.io/bitnamicharts|valkey|0.3.14",
    };

    final Random r = new Random(SEED);
    final Map<String, String> files = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        int target = GenerateCorpus.sizeArgument(args, "FILES", 300, 20);
        long start = System.nanoTime();
        Path out = Path.of(args[0]);
        GenerateCorpus.prepare(out);
        TerraformCorpus corpus = new TerraformCorpus();
        corpus.generate(target);
        long bytes = 0;
        long lines = 0;
        for (Map.Entry<String, String> file : corpus.files.entrySet()) {
            bytes += GenerateCorpus.write(out, file.getKey(), file.getValue());
            lines += file.getValue().chars().filter(c -> c == '\n').count();
        }
        Files.writeString(out.resolve(GenerateCorpus.MARKER),
                "written by bench/GenerateCorpus.java --terraform, files=" + target + "\n", StandardCharsets.UTF_8);
        long tf = corpus.files.keySet().stream().filter(k -> k.endsWith(".tf")).count();
        System.out.printf(Locale.ROOT, "%s: %d files (%d .tf), %d lines, %.2f MB, in %d ms%n",
                out, corpus.files.size(), tf, lines, bytes / 1e6, (System.nanoTime() - start) / 1_000_000);
    }

    boolean pct(double p) {
        return r.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    <T> T pick(T[] a) {
        return a[r.nextInt(a.length)];
    }

    void generate(int target) {
        ingressModule();
        nfsModule();
        platform();
        int round = 0;
        while (files.size() < target) {
            for (int i = 0; i < SERVICES.length && files.size() < target; i++) {
                String name = round == 0 ? SERVICES[i] : SERVICES[i] + "-" + (round + 1);
                stack(name, target - files.size());
            }
            round++;
        }
    }

    // -- shared modules -----------------------------------------------------------------

    void ingressModule() {
        files.put("modules/ingress/versions.tf", """
                terraform {
                  required_providers {
                    kubernetes = {
                      source  = "hashicorp/kubernetes"
                      version = ">= 2.25"
                    }
                  }
                }
                """);
        files.put("modules/ingress/variables.tf", """
                variable "name" {
                  type = string
                }

                variable "namespace" {
                  type = string
                }

                variable "hosts" {
                  description = "Hostnames routed to the service; the first one names the certificate."
                  type        = list(string)
                }

                variable "service_name" {
                  type = string
                }

                variable "service_port" {
                  type    = number
                  default = 80
                }

                variable "paths" {
                  type    = list(string)
                  default = ["/"]
                }

                variable "tls" {
                  type    = bool
                  default = true
                }

                variable "cluster_issuer" {
                  type    = string
                  default = "letsencrypt-prod"
                }

                variable "middlewares" {
                  type    = list(string)
                  default = []
                }

                variable "basic_auth_secret" {
                  type    = string
                  default = null
                }
                """);
        files.put("modules/ingress/main.tf", """
                locals {
                  middlewares = concat(
                    var.middlewares,
                    var.basic_auth_secret == null ? [] : ["${var.namespace}-${var.name}-auth@kubernetescrd"],
                  )
                  annotations = merge(
                    var.tls ? { "cert-manager.io/cluster-issuer" = var.cluster_issuer } : {},
                    length(local.middlewares) > 0 ? {
                      "traefik.ingress.kubernetes.io/router.middlewares" = join(",", local.middlewares)
                    } : {},
                  )
                }

                resource "kubernetes_ingress_v1" "this" {
                  metadata {
                    name        = var.name
                    namespace   = var.namespace
                    annotations = local.annotations
                  }

                  spec {
                    ingress_class_name = "traefik"

                    dynamic "tls" {
                      for_each = var.tls ? [1] : []
                      content {
                        hosts       = var.hosts
                        secret_name = "${var.name}-tls"
                      }
                    }

                    dynamic "rule" {
                      for_each = toset(var.hosts)
                      content {
                        host = rule.value
                        http {
                          dynamic "path" {
                            for_each = var.paths
                            content {
                              path      = path.value
                              path_type = "Prefix"
                              backend {
                                service {
                                  name = var.service_name
                                  port {
                                    number = var.service_port
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }

                resource "kubernetes_manifest" "basic_auth" {
                  count = var.basic_auth_secret == null ? 0 : 1

                  manifest = {
                    apiVersion = "traefik.io/v1alpha1"
                    kind       = "Middleware"
                    metadata = {
                      name      = "${var.name}-auth"
                      namespace = var.namespace
                    }
                    spec = {
                      basicAuth = {
                        secret = var.basic_auth_secret
                      }
                    }
                  }
                }
                """);
        files.put("modules/ingress/outputs.tf", """
                output "urls" {
                  value = [for host in var.hosts : "${var.tls ? "https" : "http"}://${host}/"]
                }

                output "name" {
                  value = kubernetes_ingress_v1.this.metadata[0].name
                }
                """);
    }

    void nfsModule() {
        files.put("modules/nfs-volume/variables.tf", """
                variable "name" {
                  type = string
                }

                variable "namespace" {
                  type = string
                }

                variable "server" {
                  type    = string
                  default = "nas.lan"
                }

                variable "path" {
                  type = string
                }

                variable "size" {
                  type    = string
                  default = "10Gi"
                }

                variable "read_only" {
                  type    = bool
                  default = false
                }
                """);
        files.put("modules/nfs-volume/main.tf", """
                /*
                 * A statically provisioned NFS volume and the claim bound to it: the NAS exports
                 * one directory per application and nothing provisions them dynamically.
                 */
                resource "kubernetes_persistent_volume_v1" "this" {
                  metadata {
                    name = "${var.namespace}-${var.name}"
                  }
                  spec {
                    capacity = {
                      storage = var.size
                    }
                    access_modes                     = [var.read_only ? "ReadOnlyMany" : "ReadWriteMany"]
                    persistent_volume_reclaim_policy = "Retain"
                    storage_class_name               = "nfs-static"
                    mount_options                    = ["nfsvers=4.1", "hard", "noatime"]
                    persistent_volume_source {
                      nfs {
                        server    = var.server
                        path      = var.path
                        read_only = var.read_only
                      }
                    }
                    claim_ref {
                      name      = var.name
                      namespace = var.namespace
                    }
                  }
                }

                resource "kubernetes_persistent_volume_claim_v1" "this" {
                  metadata {
                    name      = var.name
                    namespace = var.namespace
                  }
                  spec {
                    access_modes       = kubernetes_persistent_volume_v1.this.spec[0].access_modes
                    storage_class_name = "nfs-static"
                    volume_name        = kubernetes_persistent_volume_v1.this.metadata[0].name
                    resources {
                      requests = {
                        storage = var.size
                      }
                    }
                  }
                }
                """);
        files.put("modules/nfs-volume/outputs.tf", """
                output "claim_name" {
                  value = kubernetes_persistent_volume_claim_v1.this.metadata[0].name
                }
                """);
    }

    // -- the platform stack -------------------------------------------------------------

    void platform() {
        files.put("platform/versions.tf", versions(true, "platform"));
        files.put("platform/providers.tf", providers(true));
        StringBuilder groups = new StringBuilder();
        for (String group : GROUPS) {
            groups.append("    ").append(group).append(" ".repeat(5 - group.length())).append(" = { psa = \"")
                    .append(group.equals("home") ? "privileged" : "baseline").append("\", quota_cpu = \"")
                    .append(between(2, 8)).append("\" }\n");
        }
        files.put("platform/namespaces.tf", """
                variable "namespaces" {
                  type = map(object({
                    psa       = string
                    quota_cpu = optional(string, "4")
                  }))
                  default = {
                """ + groups + """
                  }
                }

                resource "kubernetes_namespace_v1" "group" {
                  for_each = var.namespaces

                  metadata {
                    name = each.key
                    labels = {
                      "pod-security.kubernetes.io/enforce" = each.value.psa
                      "pod-security.kubernetes.io/warn"    = "restricted"
                    }
                  }
                }

                resource "kubernetes_resource_quota_v1" "group" {
                  for_each = var.namespaces

                  metadata {
                    name      = "quota"
                    namespace = kubernetes_namespace_v1.group[each.key].metadata[0].name
                  }
                  spec {
                    hard = {
                      "requests.cpu"    = each.value.quota_cpu
                      "requests.memory" = "${tonumber(each.value.quota_cpu) * 2}Gi"
                    }
                  }
                }

                resource "kubernetes_network_policy_v1" "default_deny" {
                  for_each = var.namespaces

                  metadata {
                    name      = "default-deny"
                    namespace = each.key
                  }
                  spec {
                    pod_selector {}
                    policy_types = ["Ingress"]
                  }
                }
                """);
        files.put("platform/rbac.tf", """
                resource "kubernetes_service_account_v1" "ci" {
                  metadata {
                    name      = "terraform-ci"
                    namespace = "kube-system"
                  }
                }

                resource "kubernetes_cluster_role_binding_v1" "ci" {
                  metadata {
                    name = "terraform-ci"
                  }
                  role_ref {
                    api_group = "rbac.authorization.k8s.io"
                    kind      = "ClusterRole"
                    name      = "cluster-admin"
                  }
                  subject {
                    kind      = "ServiceAccount"
                    name      = kubernetes_service_account_v1.ci.metadata[0].name
                    namespace = "kube-system"
                  }
                }

                resource "kubernetes_cluster_role_v1" "readonly" {
                  metadata {
                    name = "homelab-readonly"
                  }
                  rule {
                    api_groups = ["", "apps", "batch", "networking.k8s.io"]
                    resources  = ["pods", "services", "deployments", "statefulsets", "jobs", "cronjobs", "ingresses"]
                    verbs      = ["get", "list", "watch"]
                  }
                }

                resource "kubernetes_cluster_role_binding" "readonly" {
                  metadata {
                    name = "homelab-readonly"
                  }
                  role_ref {
                    api_group = "rbac.authorization.k8s.io"
                    kind      = "ClusterRole"
                    name      = kubernetes_cluster_role_v1.readonly.metadata[0].name
                  }
                  dynamic "subject" {
                    for_each = toset(["family", "guests"])
                    content {
                      kind      = "Group"
                      name      = subject.value
                      api_group = "rbac.authorization.k8s.io"
                    }
                  }
                }
                """);
        files.put("platform/helm.tf", """
                resource "helm_release" "traefik" {
                  name       = "traefik"
                  namespace  = "kube-system"
                  repository = "https://traefik.github.io/charts"
                  chart      = "traefik"
                  version    = "32.1.1"

                  values = [yamlencode({
                    deployment = { kind = "DaemonSet" }
                    ports = {
                      web       = { redirectTo = { port = "websecure" } }
                      websecure = { tls = { enabled = true } }
                    }
                    providers = {
                      kubernetesCRD     = { allowCrossNamespace = true }
                      kubernetesIngress = { publishedService = { enabled = true } }
                    }
                  })]
                }

                resource "helm_release" "cert_manager" {
                  name             = "cert-manager"
                  namespace        = "cert-manager"
                  create_namespace = true
                  repository       = "https://charts.jetstack.io"
                  chart            = "cert-manager"
                  version          = "v1.15.3"

                  set {
                    name  = "crds.enabled"
                    value = "true"
                  }
                }

                resource "helm_release" "monitoring" {
                  name             = "kube-prometheus-stack"
                  namespace        = "monitoring"
                  create_namespace = true
                  repository       = "https://prometheus-community.github.io/helm-charts"
                  chart            = "kube-prometheus-stack"
                  version          = "62.7.0"
                  timeout          = 900

                  values = [<<-EOT
                    grafana:
                      ingress:
                        enabled: false
                    prometheus:
                      prometheusSpec:
                        retention: 15d
                        serviceMonitorSelectorNilUsesHelmValues: false
                    EOT
                  ]
                }
                """);
        files.put("platform/crds.tf", """
                resource "kubernetes_manifest" "issuer" {
                  manifest = {
                    apiVersion = "cert-manager.io/v1"
                    kind       = "ClusterIssuer"
                    metadata = {
                      name = "letsencrypt-prod"
                    }
                    spec = {
                      acme = {
                        server = "https://acme-v02.api.letsencrypt.org/directory"
                        email  = "admin@example.net"
                        privateKeySecretRef = {
                          name = "letsencrypt-prod"
                        }
                        solvers = [{
                          dns01 = {
                            cloudflare = {
                              apiTokenSecretRef = { name = "cloudflare-token", key = "token" }
                            }
                          }
                        }]
                      }
                    }
                  }
                  depends_on = [helm_release.cert_manager]
                }

                resource "kubernetes_manifest" "backups_crd" {
                  manifest = {
                    apiVersion = "apiextensions.k8s.io/v1"
                    kind       = "CustomResourceDefinition"
                    metadata = {
                      name = "backupschedules.homelab.example.net"
                    }
                    spec = {
                      group = "homelab.example.net"
                      names = {
                        kind     = "BackupSchedule"
                        plural   = "backupschedules"
                        singular = "backupschedule"
                      }
                      scope = "Namespaced"
                      versions = [{
                        name    = "v1alpha1"
                        served  = true
                        storage = true
                        schema = {
                          openAPIV3Schema = {
                            type = "object"
                            properties = {
                              spec = {
                                type = "object"
                                properties = {
                                  schedule  = { type = "string" }
                                  retention = { type = "integer", minimum = 1 }
                                  targets   = { type = "array", items = { type = "string" } }
                                }
                              }
                            }
                          }
                        }
                      }]
                    }
                  }
                }
                """);
    }

    // -- one stack per service ----------------------------------------------------------

    void stack(String name, int room) {
        String dir = "stacks/" + name + "/";
        String id = name.replace('-', '_');
        String group = pick(GROUPS);
        boolean helm = pct(0.35);
        boolean cron = pct(0.5);
        boolean crds = pct(0.4);
        boolean rbac = pct(0.25);
        int port = pick(new Integer[] {3000, 8080, 8000, 5000, 9000, 8096, 80});
        String image = pick(new String[] {"ghcr.io/", "docker.io/", "lscr.io/linuxserver/", "quay.io/"}) + name;
        String tag = pct(0.15) ? "latest" : between(1, 4) + "." + between(0, 30) + "." + between(0, 12);
        String[] order = {"versions.tf", "providers.tf", "variables.tf", "main.tf", "outputs.tf", "terraform.tfvars",
                "cron.tf", "helm.tf", "crds.tf", "rbac.tf"};
        Map<String, String> stack = new LinkedHashMap<>();
        stack.put("versions.tf", versions(helm, name));
        stack.put("providers.tf", providers(helm));
        stack.put("variables.tf", variables(image, tag, port));
        stack.put("main.tf", main(name, id, group, port));
        stack.put("outputs.tf", outputs(id));
        stack.put("terraform.tfvars", tfvars(name, group, tag));
        if (cron) {
            stack.put("cron.tf", cron(name, id));
        }
        if (helm) {
            stack.put("helm.tf", helm(name, id));
        }
        if (crds) {
            stack.put("crds.tf", crds(name, id, port));
        }
        if (rbac) {
            stack.put("rbac.tf", rbac(name, id));
        }
        int written = 0;
        for (String file : order) {
            if (stack.containsKey(file) && written < Math.max(room, 1)) {
                files.put(dir + file, stack.get(file));
                written++;
            }
        }
    }

    String versions(boolean helm, String state) {
        return "terraform {\n"
                + "  required_version = \">= 1.6\"\n\n"
                + "  required_providers {\n"
                + "    kubernetes = {\n      source  = \"hashicorp/kubernetes\"\n      version = \"~> 2." + between(25, 35) + "\"\n    }\n"
                + (helm ? helmRequirement(pct(0.8)) : "")
                + "  }\n\n"
                + "  backend \"s3\" {\n"
                + "    bucket                      = \"terraform-state\"\n"
                + "    key                         = \"homelab/" + state + ".tfstate\"\n"
                + "    region                      = \"us-east-1\"\n"
                + "    endpoints                   = { s3 = \"https://minio.example.net\" }\n"
                + "    use_path_style              = true\n"
                + "    skip_credentials_validation = true\n"
                + "  }\n"
                + "}\n";
    }

    /** Most stacks pin the helm provider; the rest show what an unpinned one looks like. */
    String helmRequirement(boolean pinned) {
        return pinned ? "    helm = {\n      source  = \"hashicorp/helm\"\n      version = \"~> 2." + between(12, 16) + "\"\n    }\n"
                : "    helm = {\n      source = \"hashicorp/helm\"\n    }\n";
    }

    String providers(boolean helm) {
        return "provider \"kubernetes\" {\n  config_path    = pathexpand(\"~/.kube/config\")\n  config_context = \"homelab\"\n}\n"
                + (helm ? "\nprovider \"helm\" {\n  kubernetes {\n    config_path    = pathexpand(\"~/.kube/config\")\n"
                        + "    config_context = \"homelab\"\n  }\n}\n" : "");
    }

    String variables(String image, String tag, int port) {
        return """
                variable "namespace" {
                  description = "Namespace of the platform group this service belongs to."
                  type        = string
                }

                variable "image" {
                  type    = string
                  default = "%s"
                }

                variable "image_tag" {
                  type    = string
                  default = "%s"
                }

                variable "replicas" {
                  type    = number
                  default = 1
                }

                variable "port" {
                  type    = number
                  default = %d
                }

                variable "domain" {
                  type    = string
                  default = "example.net"
                }

                variable "nfs_server" {
                  type    = string
                  default = "nas.lan"
                }

                variable "env" {
                  description = "Plain settings; secrets come from the Secret named <service>-env."
                  type        = map(string)
                  default     = {}
                }

                variable "resources" {
                  type = object({
                    cpu_request    = optional(string, "50m")
                    memory_request = optional(string, "128Mi")
                    memory_limit   = optional(string, "512Mi")
                  })
                  default = {}
                }
                """.formatted(image, tag, port);
    }

    String tfvars(String name, String group, String tag) {
        List<String> keys = new ArrayList<>(List.of("LOG_LEVEL", "PUID", "PGID", "BASE_PATH", "WORKERS", "CACHE_TTL",
                "FEATURE_SIGNUP", "METRICS_ENABLED", "MAX_UPLOAD_MB"));
        java.util.Collections.shuffle(keys, r);
        keys = keys.subList(0, between(2, 6));
        int width = keys.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder env = new StringBuilder();
        for (String key : keys) {
            env.append("  ").append(key).append(" ".repeat(width - key.length())).append(" = \"").append(between(1, 999)).append("\"\n");
        }
        return "namespace = \"" + group + "\"\n"
                + "image_tag = \"" + (pct(0.1) ? "latest" : tag) + "\"\n"
                + "replicas  = " + (pct(0.3) ? 2 : 1) + "\n"
                + "domain    = \"example.net\"\n\n"
                + "env = {\n" + env + "}\n\n"
                + "resources = {\n  memory_limit = \"" + pick(new String[] {"256Mi", "512Mi", "1Gi", "2Gi"}) + "\"\n}\n"
                + "# " + name + " data lives on the NAS under /volume1/k8s/" + name + "\n";
    }

    String main(String name, String id, String group, int port) {
        StringBuilder sb = new StringBuilder(8192);
        int extraMounts = between(0, 3);
        sb.append("""
                locals {
                  name = "%1$s"
                  labels = {
                    "app.kubernetes.io/name"       = local.name
                    "app.kubernetes.io/part-of"    = "%2$s"
                    "app.kubernetes.io/managed-by" = "terraform"
                  }
                  env = [for key, value in merge({ TZ = "Europe/Berlin" }, var.env) : { name = key, value = value }]
                  mounts = {
                """.formatted(name, group));
        String[] extra = {"config", "media", "cache", "backups"};
        int width = extraMounts == 0 ? 4 : Math.max(4, extra[extraMounts - 1].length());
        for (int i = 0; i < extraMounts; i++) {
            width = Math.max(width, extra[i].length());
        }
        sb.append("    data").append(" ".repeat(width - 4)).append(" = \"/data\"\n");
        for (int i = 0; i < extraMounts; i++) {
            sb.append("    ").append(extra[i]).append(" ".repeat(width - extra[i].length())).append(" = \"/").append(extra[i]).append("\"\n");
        }
        sb.append("  }\n}\n\n");
        sb.append("""
                module "data" {
                  source    = "../../modules/nfs-volume"
                  name      = "${local.name}-data"
                  namespace = var.namespace
                  server    = var.nfs_server
                  path      = "/volume1/k8s/${local.name}"
                  size      = "%s"
                }

                resource "kubernetes_config_map_v1" "%s" {
                  metadata {
                    name      = "${local.name}-config"
                    namespace = var.namespace
                    labels    = local.labels
                  }
                  data = {
                    "config.yaml" = <<-EOT
                      server:
                        port: ${var.port}
                        base_url: https://%s.${var.domain}
                      storage:
                        path: /data
                      log:
                        level: info
                    EOT
                  }
                }

                """.formatted(pick(new String[] {"5Gi", "20Gi", "100Gi", "500Gi"}), id, name));
        sb.append("resource \"kubernetes_deployment_v1\" \"").append(id).append("\" {\n");
        sb.append("""
                  metadata {
                    name      = local.name
                    namespace = var.namespace
                    labels    = local.labels
                  }

                  spec {
                    replicas = var.replicas
                    selector {
                      match_labels = { "app.kubernetes.io/name" = local.name }
                    }
                    strategy {
                      type = "Recreate"
                    }

                    template {
                      metadata {
                        labels = local.labels
                        annotations = {
                          "checksum/config" = sha256(jsonencode(kubernetes_config_map_v1.%s.data))
                        }
                      }

                      spec {
                """.formatted(id));
        if (pct(0.6)) {
            sb.append("""
                            security_context {
                              run_as_non_root = true
                              run_as_user     = 1000
                              fs_group        = 1000
                              seccomp_profile {
                                type = "RuntimeDefault"
                              }
                            }

                    """);
        }
        sb.append("""
                        container {
                          name  = local.name
                          image = "${var.image}:${var.image_tag}"

                          port {
                            name           = "http"
                            container_port = var.port
                          }

                          dynamic "env" {
                            for_each = local.env
                            content {
                              name  = env.value.name
                              value = env.value.value
                            }
                          }
                          env_from {
                            secret_ref {
                              name     = "${local.name}-env"
                              optional = true
                            }
                          }

                """);
        if (pct(0.7)) {
            sb.append("""
                              readiness_probe {
                                http_get {
                                  path = "/"
                                  port = "http"
                                }
                                period_seconds = 10
                              }
                              liveness_probe {
                                tcp_socket {
                                  port = "http"
                                }
                                initial_delay_seconds = 30
                              }

                    """);
        }
        sb.append("""
                          resources {
                            requests = {
                              cpu    = var.resources.cpu_request
                              memory = var.resources.memory_request
                            }
                            limits = {
                              memory = var.resources.memory_limit
                            }
                          }

                          volume_mount {
                            name       = "config"
                            mount_path = "/etc/%s"
                            read_only  = true
                          }
                          dynamic "volume_mount" {
                            for_each = local.mounts
                            content {
                              name       = volume_mount.key
                              mount_path = volume_mount.value
                            }
                          }
                        }

                        volume {
                          name = "config"
                          config_map {
                            name = kubernetes_config_map_v1.%s.metadata[0].name
                          }
                        }
                        volume {
                          name = "data"
                          persistent_volume_claim {
                            claim_name = module.data.claim_name
                          }
                        }
                """.formatted(name, id));
        for (int i = 0; i < extraMounts; i++) {
            sb.append("""
                            volume {
                              name = "%s"
                              nfs {
                                server    = var.nfs_server
                                path      = "/volume1/%s/%s"
                                read_only = %s
                              }
                            }
                    """.formatted(extra[i], extra[i], name, extra[i].equals("media") ? "true" : "false"));
        }
        sb.append("""
                      }
                    }
                  }

                  lifecycle {
                    ignore_changes = [spec[0].template[0].metadata[0].annotations["kubectl.kubernetes.io/restartedAt"]]
                  }
                }

                resource "kubernetes_service_v1" "%s" {
                  metadata {
                    name      = local.name
                    namespace = var.namespace
                    labels    = local.labels
                  }
                  spec {
                    selector = { "app.kubernetes.io/name" = local.name }
                    port {
                      name        = "http"
                      port        = 80
                      target_port = "http"
                    }
                  }
                }

                module "ingress" {
                  source       = "../../modules/ingress"
                  name         = local.name
                  namespace    = var.namespace
                  hosts        = ["%s.${var.domain}"]
                  service_name = kubernetes_service_v1.%s.metadata[0].name
                  middlewares  = ["kube-system-security-headers@kubernetescrd"]
                }
                """.formatted(id, name, id));
        if (pct(0.3)) {
            sb.append("""

                    module "ingress_admin" {
                      source            = "../../modules/ingress"
                      name              = "${local.name}-admin"
                      namespace         = var.namespace
                      hosts             = ["%s-admin.${var.domain}"]
                      paths             = ["/admin", "/api/admin"]
                      service_name      = kubernetes_service_v1.%s.metadata[0].name
                      basic_auth_secret = "${local.name}-admin-users"
                    }
                    """.formatted(name, id));
        }
        return sb.toString();
    }

    String outputs(String id) {
        return """
                output "url" {
                  value = module.ingress.urls[0]
                }

                output "service" {
                  value = "${kubernetes_service_v1.%1$s.metadata[0].name}.${var.namespace}.svc.cluster.local"
                }
                """.formatted(id);
    }

    String cron(String name, String id) {
        return """
                resource "kubernetes_cron_job_v1" "%1$s_backup" {
                  metadata {
                    name      = "${local.name}-backup"
                    namespace = var.namespace
                    labels    = local.labels
                  }
                  spec {
                    schedule                      = "%2$d %3$d * * *"
                    timezone                      = "Europe/Berlin"
                    concurrency_policy            = "Forbid"
                    successful_jobs_history_limit = 3
                    failed_jobs_history_limit     = 3

                    job_template {
                      metadata {}
                      spec {
                        backoff_limit = 2
                        template {
                          metadata {
                            labels = local.labels
                          }
                          spec {
                            restart_policy = "OnFailure"
                            container {
                              name    = "restic"
                              image   = "restic/restic:0.17.%4$d"
                              command = ["/bin/sh", "-c"]
                              args = [<<-EOT
                                set -eu
                                restic backup /data --tag %5$s --host ${local.name}
                                restic forget --keep-daily 7 --keep-weekly 4 --prune
                              EOT
                              ]
                              env {
                                name  = "RESTIC_REPOSITORY"
                                value = "/backups/%5$s"
                              }
                              env {
                                name = "RESTIC_PASSWORD"
                                value_from {
                                  secret_key_ref {
                                    name = "restic"
                                    key  = "password"
                                  }
                                }
                              }
                              volume_mount {
                                name       = "data"
                                mount_path = "/data"
                                read_only  = true
                              }
                              volume_mount {
                                name       = "backups"
                                mount_path = "/backups"
                              }
                            }
                            volume {
                              name = "data"
                              persistent_volume_claim {
                                claim_name = module.data.claim_name
                              }
                            }
                            volume {
                              name = "backups"
                              nfs {
                                server = var.nfs_server
                                path   = "/volume1/backups/restic"
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                """.formatted(id, between(0, 59), between(1, 5), between(0, 3), name);
    }

    String helm(String name, String id) {
        String[] chart = pick(CHARTS).split("\\|");
        boolean pinned = pct(0.8);
        return """
                resource "helm_release" "%1$s_db" {
                  name       = "${local.name}-db"
                  namespace  = var.namespace
                  repository = "%2$s"
                  chart      = "%3$s"
                %4$s
                  values = [yamlencode({
                    auth = {
                      database       = "%5$s"
                      username       = "%5$s"
                      existingSecret = "${local.name}-db"
                    }
                    primary = {
                      persistence = { existingClaim = module.data.claim_name }
                      resources   = { requests = { cpu = "100m", memory = "256Mi" }, limits = { memory = "1Gi" } }
                    }
                  })]

                  set {
                    name  = "metrics.enabled"
                    value = "true"
                  }
                  set {
                    name  = "fullnameOverride"
                    value = "${local.name}-db"
                  }
                }
                """.formatted(id, chart[1], chart[2], pinned ? "  version    = \"" + chart[3] + "\"\n" : "", id);
    }

    String crds(String name, String id, int port) {
        return """
                resource "kubernetes_manifest" "%1$s_monitor" {
                  manifest = {
                    apiVersion = "monitoring.coreos.com/v1"
                    kind       = "ServiceMonitor"
                    metadata = {
                      name      = local.name
                      namespace = var.namespace
                      labels    = local.labels
                    }
                    spec = {
                      selector = { matchLabels = { "app.kubernetes.io/name" = local.name } }
                      endpoints = [{
                        port     = "http"
                        path     = "/metrics"
                        interval = "60s"
                      }]
                    }
                  }
                }

                resource "kubernetes_manifest" "%1$s_schedule" {
                  manifest = {
                    apiVersion = "homelab.example.net/v1alpha1"
                    kind       = "BackupSchedule"
                    metadata = {
                      name      = local.name
                      namespace = var.namespace
                    }
                    spec = {
                      schedule  = "@daily"
                      retention = %2$d
                      targets   = [for mount, path in local.mounts : path if mount != "cache"]
                    }
                  }
                }

                resource "kubernetes_manifest" "%1$s_route" {
                  manifest = {
                    apiVersion = "traefik.io/v1alpha1"
                    kind       = "IngressRoute"
                    metadata = {
                      name      = "${local.name}-internal"
                      namespace = var.namespace
                    }
                    spec = {
                      entryPoints = ["websecure"]
                      routes = [{
                        kind     = "Rule"
                        match    = "Host(`%3$s.lan`)"
                        services = [{ name = local.name, port = 80 }]
                      }]
                    }
                  }
                }
                """.formatted(id, between(3, 30), name);
    }

    String rbac(String name, String id) {
        return """
                resource "kubernetes_service_account_v1" "%1$s" {
                  metadata {
                    name      = local.name
                    namespace = var.namespace
                  }
                  automount_service_account_token = false
                }

                resource "kubernetes_role_v1" "%1$s" {
                  metadata {
                    name      = local.name
                    namespace = var.namespace
                  }
                  rule {
                    api_groups = [""]
                    resources  = ["configmaps", "pods"]
                    verbs      = ["get", "list", "watch"]
                  }
                }

                resource "kubernetes_role_binding_v1" "%1$s" {
                  metadata {
                    name      = local.name
                    namespace = var.namespace
                  }
                  role_ref {
                    api_group = "rbac.authorization.k8s.io"
                    kind      = "Role"
                    name      = kubernetes_role_v1.%1$s.metadata[0].name
                  }
                  subject {
                    kind      = "ServiceAccount"
                    name      = kubernetes_service_account_v1.%1$s.metadata[0].name
                    namespace = var.namespace
                  }
                }

                resource "kubernetes_cluster_role_binding_v1" "%1$s_metrics" {
                  metadata {
                    name = "${local.name}-metrics"
                  }
                  role_ref {
                    api_group = "rbac.authorization.k8s.io"
                    kind      = "ClusterRole"
                    name      = "system:monitoring"
                  }
                  subject {
                    kind      = "ServiceAccount"
                    name      = kubernetes_service_account_v1.%1$s.metadata[0].name
                    namespace = var.namespace
                  }
                }
                """.formatted(id);
    }
}
