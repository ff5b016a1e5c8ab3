package dev.plumb.rules.secrets;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.rules.Subjects;
import dev.plumb.rules.secrets.ProtectionSwitches.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
        id = "protection-disabled-flag",
        title = "Setting switches a protection off",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "Flags such as `--insecure-skip-tls-verify`, `--kubelet-insecure-tls`, `--disable-auth` or "
                + "`--dangerously-*`, and settings such as `insecure_skip_verify: true` or "
                + "`NODE_TLS_REJECT_UNAUTHORIZED=0`, are usually added to get something working once and then "
                + "forgotten. Without certificate verification anyone on the path can read and alter the traffic, "
                + "credentials included; without authentication anyone who reaches the port is in. On k3s and "
                + "kubeadm homelabs `--kubelet-insecure-tls` for metrics-server is the common case: the kubelets "
                + "serve self-signed certificates. Turning the password form off beside a configured OAuth, OIDC "
                + "or SSO login (`DISABLE_PASSWORD_AUTH=true` with `OAUTH_*`, `OIDC_*`, `GENERIC_OAUTH_*`, `SSO_*`) "
                + "chooses how users log in and is not reported.",
        fix = """
                Remove the flag and fix what it worked around: give the client the CA it should trust (a \
                `ca.crt` from a Secret or ConfigMap, `tls_config.ca_file` in Prometheus, a ServersTransport \
                `rootCAs` in Traefik), and keep authentication on. For metrics-server, have the kubelets \
                request serving certificates signed by the cluster CA (`serverTLSBootstrap: true`, then \
                approve the CSRs) and drop `--kubelet-insecure-tls`.""",
        references = {
            "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/kubeadm-certs/#kubelet-serving-certs",
            "https://github.com/kubernetes-sigs/metrics-server#requirements",
            "https://kubernetes.io/docs/concepts/security/security-checklist/"
        })
public final class ProtectionDisabledFlag implements PlatformRule {

    private static final Pattern FLAG = Pattern.compile("--?([A-Za-z][A-Za-z0-9._-]+)(?:=(.*))?");
    private static final Pattern SETTING = Pattern.compile(
            "^\\s*(?:-\\s+)?[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9]+)[\"']?\\s*,?\\s*(?:#.*)?$");
    /** Words that, after a flag, are its value ({@code --auth none}) rather than the next argument. */
    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "on", "off", "0", "1", "none");

    @Override
    public void check(Platform platform, Findings findings) {
        for (Workload workload : platform.workloads()) {
            // Init containers too: the one that runs `kubectl --insecure-skip-tls-verify` before the app is as exposed.
            for (Container container : workload.podSpec().allContainers()) {
                Set<String> seen = new HashSet<>();
                checkFlags(workload, container, seen, findings);
                checkEnv(workload, container, seen, findings);
            }
        }
        for (Resource configMap : platform.ofKind("ConfigMap")) {
            checkConfigMap(configMap, findings);
        }
    }

    private static void checkFlags(Workload workload, Container container, Set<String> seen, Findings findings) {
        List<CommandWords.Word> words = CommandWords.of(container);
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).node().decoded().isMissing()) {
                encoded(workload, container, "passes a document that", words.get(i).node().decoded(), seen, findings);
                continue;
            }
            Matcher flag = FLAG.matcher(words.get(i).text());
            if (!flag.matches()) {
                continue;
            }
            String value = flag.group(2);
            if (value == null && i + 1 < words.size()
                    && BOOLEANS.contains(words.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                value = words.get(i + 1).text();
            }
            String written = "--" + flag.group(1) + (value != null && ProtectionSwitches.isPrintable(value) ? "=" + value : "");
            Node at = words.get(i).node();
            ProtectionSwitches.offBy(flag.group(1), value, Context.FLAG).ifPresent(effect -> {
                if (seen.add(at.line() + written)) {
                    findings.report(workload, container, at, Subjects.container(workload, container) + " passes "
                            + written + ", which " + effect);
                }
            });
        }
    }

    private static void checkEnv(Workload workload, Container container, Set<String> seen, Findings findings) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Node variable : container.env()) {
            String name = variable.get("name").text();
            if (name != null) {
                // A value from a Secret (an OAuth client secret) is set, whatever it is.
                env.put(name, variable.get("value").isMissing() ? "set" : variable.get("value").text());
            }
        }
        boolean singleSignOn = LoginMethods.singleSignOnIn(env);
        for (Node variable : container.env()) {
            String name = variable.get("name").text();
            Node value = variable.get("value");
            if (name == null || (singleSignOn && LoginMethods.switchesMethod(name))) {
                continue;
            }
            // A variable holding a configuration document is read key by key, each setting on the line of its key:
            // jsonencode({...}) and yamlencode(...) through their structure, a heredoc line by line.
            String how = "sets " + name + " to a document that";
            if (!value.decoded().isMissing()) {
                encoded(workload, container, how, value.decoded(), seen, findings);
                continue;
            }
            if (value.text() == null) {
                continue;
            }
            if (value.text().indexOf('\n') >= 0) {
                Subject subject = Subject.of(workload.resource(), container.name());
                for (TextSetting setting : textSettings(value)) {
                    ProtectionSwitches.offBy(setting.name(), setting.written(), Context.SETTING).ifPresent(effect -> {
                        if (seen.add(setting.line() + setting.name())) {
                            findings.report(subject, new Position(value.file(), setting.line(), 1), setting.line(),
                                    Subjects.container(workload, container) + " " + how + " sets " + setting.name() + ": "
                                            + setting.written() + ", which " + effect);
                        }
                    });
                }
                continue;
            }
            ProtectionSwitches.offBy(name, value.text(), Context.ENV).ifPresent(effect -> {
                if (seen.add(value.line() + name)) {
                    findings.report(workload, container, value, Subjects.container(workload, container) + " sets "
                            + name + "=" + value.text().trim() + ", which " + effect);
                }
            });
        }
    }

    /** A setting inside an encoded argument or env value ({@code jsonencode({...})}), on the line of its key. */
    private static void encoded(Workload workload, Container container, String how, Node structure, Set<String> seen,
                                Findings findings) {
        for (EncodedSettings.Setting setting : EncodedSettings.of(structure)) {
            Node at = setting.value();
            ProtectionSwitches.offBy(setting.key(), at.text(), Context.SETTING).ifPresent(effect -> {
                if (seen.add(at.line() + setting.key())) {
                    findings.report(workload, container, at, Subjects.container(workload, container) + " " + how + " sets "
                            + setting.key() + ": " + at.text().trim() + ", which " + effect);
                }
            });
        }
    }

    private static void checkConfigMap(Resource configMap, Findings findings) {
        Node data = configMap.body().get("data");
        Map<String, String> settings = new LinkedHashMap<>();
        data.fields().forEach((key, value) -> settings.put(key, value.text()));
        // A ConfigMap of env settings (envFrom) that configures OAuth alongside the switch.
        boolean singleSignOn = LoginMethods.singleSignOnIn(settings);
        data.fields().forEach((key, value) -> {
            if (!value.decoded().isMissing()) {
                // jsonencode({...}) or yamlencode(...) in Terraform: read the keys, each on the line that wrote it.
                for (EncodedSettings.Setting setting : EncodedSettings.of(value.decoded())) {
                    Node at = setting.value();
                    ProtectionSwitches.offBy(setting.key(), at.text(), Context.SETTING).ifPresent(effect -> findings.report(
                            configMap, at, "Key \"" + key + "\" of " + configMap.id() + " sets " + setting.key() + ": "
                                    + at.text().trim() + ", which " + effect));
                }
                return;
            }
            String text = value.text();
            if (text == null) {
                return;
            }
            if (text.indexOf('\n') < 0) {
                if (singleSignOn && LoginMethods.switchesMethod(key)) {
                    return;
                }
                // A ConfigMap read as flags or env (argocd-cmd-params-cm's server.insecure): the key is the setting.
                ProtectionSwitches.offBy(key, text, Context.ENV).ifPresent(effect -> findings.report(configMap, value,
                        "Key \"" + key + "\" of " + configMap.id() + " sets " + key + "=" + text.trim() + ", which " + effect));
                return;
            }
            for (TextSetting setting : textSettings(value)) {
                ProtectionSwitches.offBy(setting.name(), setting.written(), Context.SETTING).ifPresent(effect -> findings.report(
                        Subject.of(configMap), new Position(value.file(), setting.line(), 1), setting.line(), "Key \"" + key
                                + "\" of " + configMap.id() + " sets " + setting.name() + ": " + setting.written() + ", which "
                                + effect));
            }
        });
    }

    /** A {@code name: value} line of a multi-line value, at the file line that wrote it. */
    private record TextSetting(String name, String written, int line) {}

    /** The settings of a document written as text (a ConfigMap's file, a heredoc), each on its own line. */
    private static List<TextSetting> textSettings(Node value) {
        String text = value.text();
        List<TextSetting> settings = new ArrayList<>();
        // Only lines holding one of the words can switch a protection off; the others are never split out.
        if (!ProtectionSwitches.mentionsKeyword(text)) {
            return settings;
        }
        Matcher keyword = ProtectionSwitches.KEYWORDS.matcher(text);
        int lineIndex = 0;
        int lineStart = 0;
        int judged = -1;
        while (keyword.find()) {
            for (int next = text.indexOf('\n', lineStart); next >= 0 && next < keyword.start();
                    next = text.indexOf('\n', lineStart)) {
                lineStart = next + 1;
                lineIndex++;
            }
            if (lineIndex == judged) {
                continue;
            }
            judged = lineIndex;
            int lineEnd = text.indexOf('\n', lineStart);
            Matcher setting = SETTING.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
            if (setting.matches()) {
                settings.add(new TextSetting(setting.group(1), setting.group(2), ValueLines.lineOf(value, lineIndex)));
            }
        }
        return settings;
    }
}
