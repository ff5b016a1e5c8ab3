package dev.plumb.rules.secrets;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.MissingNode;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
        id = "redis-without-password",
        title = "Redis accepts clients without a password",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        rationale = "Without `requirepass` every pod that can reach Redis on port 6379 can read and change all its "
                + "data: sessions, queues, cached tokens. With `CONFIG SET` it can also write files in the container "
                + "or load a module, which turns a cache into a foothold. Kubernetes lets every pod reach every "
                + "Service unless a NetworkPolicy says otherwise.",
        fix = """
                Set a password from a Secret and pass it to the server (clients then use the same Secret); for \
                Bitnami images set `REDIS_PASSWORD` instead of `ALLOW_EMPTY_PASSWORD=yes`:
                ```yaml
                args: ["redis-server", "--requirepass", "$(REDIS_PASSWORD)"]
                env:
                  - name: REDIS_PASSWORD
                    valueFrom:
                      secretKeyRef: {name: redis-auth, key: password}
                ```
                A NetworkPolicy admitting only the application's pods is worth adding either way.""",
        references = {
            "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication",
            "https://hub.docker.com/r/bitnami/redis"
        })
public final class RedisWithoutPassword implements PlatformRule {

    private static final Map<String, String> PRODUCTS = Map.of(
            "redis", "Redis", "redis-stack", "Redis", "redis-stack-server", "Redis", "redis-cluster", "Redis",
            "valkey", "Valkey", "valkey-cluster", "Valkey", "keydb", "KeyDB");
    /** Variables through which the Bitnami, Valkey and KeyDB images (or the manifest's own args) set a password. */
    private static final Set<String> PASSWORD_VARIABLES = Set.of(
            "REDIS_PASSWORD", "REDIS_PASSWORD_FILE", "VALKEY_PASSWORD", "VALKEY_PASSWORD_FILE", "KEYDB_PASSWORD",
            "REDIS_ACLFILE", "VALKEY_ACLFILE");
    /** In a redis.conf, or in a start script kept in a ConfigMap. */
    private static final Pattern AUTH_SETTING = Pattern.compile(
            "(?m)^\\s*(?:requirepass|aclfile)\\s+\\S|^\\s*user\\s+default\\s|--requirepass|--aclfile");
    private static final Pattern CLIENT = Pattern.compile("(?:redis|valkey|keydb)-(?:cli|sentinel|benchmark)|--sentinel");
    private static final Pattern LOOPBACK = Pattern.compile("127\\.[0-9.]+|localhost|::1|-::1");

    @Override
    public void check(Platform platform, Findings findings) {
        for (Workload workload : platform.workloads()) {
            // A Job or CronJob running the image is a client (a flush, a backup), not a server.
            if (workload.isBatch()) {
                continue;
            }
            // Regular containers only: init containers with the image run redis-cli to wait for a master.
            for (Container container : workload.podSpec().containers()) {
                product(container).ifPresent(product -> check(platform, workload, container, product, findings));
            }
        }
    }

    private static Optional<String> product(Container container) {
        String image = container.image();
        if (image == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(PRODUCTS.get(ImageReference.parse(image).shortName().toLowerCase(Locale.ROOT)));
    }

    private static void check(Platform platform, Workload workload, Container container, String product, Findings findings) {
        List<CommandWords.Word> words = CommandWords.of(container);
        if (words.stream().anyMatch(word -> CLIENT.matcher(word.text()).find())) {
            return;
        }
        if (words.stream().anyMatch(word -> word.text().contains("requirepass") || word.text().contains("aclfile"))
                || listensOnLoopbackOnly(words) || setsPassword(platform, workload, container)) {
            return;
        }
        Configs configs = Configs.read(platform, workload, container);
        if (configs.setsAuth || configs.unreadable || passesGeneratedConfig(words, configs)) {
            return;
        }
        String subject = Subjects.container(workload, container);
        Node allowEmpty = allowEmptyPassword(container);
        if (!allowEmpty.isMissing()) {
            findings.report(workload, container, allowEmpty, subject + " sets ALLOW_EMPTY_PASSWORD=yes: " + product
                    + " accepts every client without a password");
            return;
        }
        findings.report(workload, container, container.imageNode(), subject + " runs " + product
                + " without a password (no --requirepass, REDIS_PASSWORD or requirepass in a mounted configuration)");
    }

    /**
     * A configuration file on the command line that no mounted ConfigMap provides was written at start
     * (an init container rendering a template into an emptyDir): plumb cannot read it.
     */
    private static boolean passesGeneratedConfig(List<CommandWords.Word> words, Configs configs) {
        return words.stream().map(CommandWords.Word::text).filter(word -> word.endsWith(".conf"))
                .anyMatch(path -> configs.configMapPaths().stream().noneMatch(path::startsWith));
    }

    /** {@code --bind 127.0.0.1}: only the pod's own containers can connect, which is how a sidecar cache runs. */
    private static boolean listensOnLoopbackOnly(List<CommandWords.Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals("--bind")) {
                boolean loopback = false;
                for (int j = i + 1; j < words.size() && !words.get(j).text().startsWith("--"); j++) {
                    if (!LOOPBACK.matcher(words.get(j).text()).matches()) {
                        return false;
                    }
                    loopback = true;
                }
                return loopback;
            }
        }
        return false;
    }

    private static boolean setsPassword(Platform platform, Workload workload, Container container) {
        for (Node variable : container.env()) {
            String name = variable.get("name").textOr("");
            String value = variable.get("value").textOr("");
            if (PASSWORD_VARIABLES.contains(name) && (!variable.get("valueFrom").isMissing() || !value.isBlank())) {
                return true;
            }
            // REDIS_ARGS (redis-stack), *_EXTRA_FLAGS (Bitnami): extra server arguments.
            if (value.contains("requirepass")) {
                return true;
            }
        }
        for (Node source : container.envFrom()) {
            // A whole Secret or ConfigMap as env: it may set the password unless the repository shows its keys.
            String prefix = source.get("prefix").textOr("");
            Optional<Set<String>> keys = envFromKeys(platform, workload.namespace(), source);
            if (keys.isEmpty() || keys.get().stream().anyMatch(key -> PASSWORD_VARIABLES.contains(prefix + key))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Set<String>> envFromKeys(Platform platform, String namespace, Node source) {
        boolean secret = source.get("secretRef").isMap();
        String name = source.path(secret ? "secretRef" : "configMapRef", "name").text();
        if (name == null) {
            return Optional.empty();
        }
        return platform.find(secret ? "Secret" : "ConfigMap", namespace, name).map(object -> {
            Set<String> keys = new HashSet<>(object.body().get("data").fields().keySet());
            keys.addAll(object.body().get("stringData").fields().keySet());
            return keys;
        });
    }

    private static Node allowEmptyPassword(Container container) {
        for (Node variable : container.env()) {
            if ("ALLOW_EMPTY_PASSWORD".equals(variable.get("name").text())
                    && Set.of("yes", "true", "1").contains(variable.get("value").textOr("").toLowerCase(Locale.ROOT))) {
                return variable.get("value");
            }
        }
        return MissingNode.INSTANCE;
    }

    /** What the container's mounted configuration says about authentication. */
    private record Configs(boolean setsAuth, boolean unreadable, List<String> configMapPaths) {

        /** Certificates mounted from a Secret are not configuration; anything else there could be a redis.conf. */
        private static final Pattern CERTIFICATE_KEY = Pattern.compile(".*\\.(?:crt|key|pem)");

        static Configs read(Platform platform, Workload workload, Container container) {
            boolean setsAuth = false;
            boolean unreadable = false;
            List<String> configMapPaths = new ArrayList<>();
            for (Node mount : container.volumeMounts()) {
                String volumeName = mount.get("name").textOr("");
                for (Node volume : workload.podSpec().volumes()) {
                    if (!volumeName.equals(volume.get("name").text())) {
                        continue;
                    }
                    if (volume.get("configMap").isMap() || volume.get("projected").isMap()) {
                        mount.get("mountPath").optText().ifPresent(configMapPaths::add);
                    }
                    for (Node source : sources(volume)) {
                        Optional<Boolean> auth = authIn(platform, workload.namespace(), source);
                        if (auth.isEmpty()) {
                            unreadable = true;
                        } else if (auth.get()) {
                            setsAuth = true;
                        }
                    }
                }
            }
            return new Configs(setsAuth, unreadable, configMapPaths);
        }

        private static List<Node> sources(Node volume) {
            if (volume.get("projected").isMap()) {
                return volume.path("projected", "sources").elements();
            }
            return List.of(volume);
        }

        /** True or false when the source is readable here, empty when it is not (defined elsewhere, or a Secret's file). */
        private static Optional<Boolean> authIn(Platform platform, String namespace, Node source) {
            Node configMap = source.get("configMap");
            if (configMap.isMap()) {
                Optional<Resource> defined = configMap.get("name").optText()
                        .flatMap(name -> platform.find("ConfigMap", namespace, name));
                return defined.map(object -> object.body().get("data").fields().values().stream()
                        .anyMatch(value -> value.text() != null && AUTH_SETTING.matcher(value.text()).find()));
            }
            Node secret = source.get("secret");
            if (secret.isMap()) {
                Optional<Resource> defined = secret.get("secretName").optText().or(() -> secret.get("name").optText())
                        .flatMap(name -> platform.find("Secret", namespace, name));
                boolean certificatesOnly = defined.map(object -> {
                    Set<String> keys = new HashSet<>(object.body().get("data").fields().keySet());
                    keys.addAll(object.body().get("stringData").fields().keySet());
                    return !keys.isEmpty() && keys.stream().allMatch(key -> CERTIFICATE_KEY.matcher(key).matches());
                }).orElse(false);
                return certificatesOnly ? Optional.of(false) : Optional.empty();
            }
            // Data and scratch volumes (emptyDir, PVC, hostPath) hold no configuration the manifest sets.
            return Optional.of(false);
        }
    }
}
