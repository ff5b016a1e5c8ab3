package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading probes the way the kubelet runs them: defaults filled in, named ports resolved. */
final class Probes {

    static final List<String> KINDS = List.of("livenessProbe", "readinessProbe", "startupProbe");
    static final List<String> PORT_HANDLERS = List.of("httpGet", "tcpSocket", "grpc");
    private static final List<String> HANDLERS = List.of("httpGet", "tcpSocket", "grpc", "exec");

    /** What the API server writes into a probe that leaves these out. */
    private static final Map<String, Long> TIMING_DEFAULTS = Map.of(
            "initialDelaySeconds", 0L, "periodSeconds", 10L, "timeoutSeconds", 1L,
            "successThreshold", 1L, "failureThreshold", 3L);
    private static final Map<String, String> HTTP_DEFAULTS = Map.of("scheme", "HTTP", "path", "/");

    private Probes() {
    }

    /** A value a template will fill in: never equal to anything, never reported. */
    static boolean isUnknown(Node node) {
        return node.isScalar() && node.text() == null && !node.isNull();
    }

    /** Where {@code key} is written in the container, or the container itself. */
    static Position keyPosition(Container container, String key) {
        return container.node() instanceof MapNode fields && fields.has(key)
                ? fields.keyPosition(key) : container.node().position();
    }

    /** The container's port names and their numbers; a templated number maps to null. */
    static Map<String, String> namedPorts(Container container) {
        Map<String, String> names = new HashMap<>();
        for (Node port : container.ports().elements()) {
            String name = port.get("name").text();
            if (name != null) {
                names.put(name, port.get("containerPort").text());
            }
        }
        return names;
    }

    /** The handler a probe uses, or null when it names none (a probe Kubernetes would reject). */
    static String handlerOf(Node probe) {
        for (String handler : HANDLERS) {
            if (probe.get(handler).isMap()) {
                return handler;
            }
        }
        return null;
    }

    /** Same handler, same target and same timing once defaults are applied and named ports resolved. */
    static boolean identical(Node first, Node second, Map<String, String> namedPorts) {
        if (!first.isMap() || !second.isMap()) {
            return false;
        }
        for (String key : union(first, second)) {
            Long defaultValue = TIMING_DEFAULTS.get(key);
            boolean same;
            if (defaultValue != null) {
                Long value = timing(first.get(key), defaultValue);
                same = value != null && value.equals(timing(second.get(key), defaultValue));
            } else if (PORT_HANDLERS.contains(key)) {
                same = sameTarget(first.get(key), second.get(key), namedPorts);
            } else {
                same = equal(first.get(key), second.get(key));
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** A few words naming what a probe checks, for messages ("httpGet /healthz on port http"). */
    static String describe(Node probe) {
        String handler = handlerOf(probe);
        if (handler == null) {
            return "no handler";
        }
        Node target = probe.get(handler);
        return switch (handler) {
            case "httpGet" -> "httpGet " + target.get("path").textOr("/") + " on port " + target.get("port").textOr("?");
            case "exec" -> "exec " + target.get("command").get(0).textOr("?");
            default -> handler + " on port " + target.get("port").textOr("?");
        };
    }

    private static Long timing(Node value, long defaultValue) {
        if (value.isNull()) {
            return defaultValue;
        }
        return value.asLong().orElse(null);
    }

    private static boolean sameTarget(Node first, Node second, Map<String, String> namedPorts) {
        if (first.isNull() || second.isNull()) {
            return first.isNull() && second.isNull();
        }
        for (String key : union(first, second)) {
            Node a = first.get(key);
            Node b = second.get(key);
            boolean same;
            if (key.equals("port")) {
                String portA = resolve(a, namedPorts);
                same = portA != null && portA.equals(resolve(b, namedPorts));
            } else if (HTTP_DEFAULTS.containsKey(key) && (a.isNull() || b.isNull())) {
                same = HTTP_DEFAULTS.get(key).equals(a.textOr(HTTP_DEFAULTS.get(key)))
                        && HTTP_DEFAULTS.get(key).equals(b.textOr(HTTP_DEFAULTS.get(key)));
            } else {
                same = equal(a, b);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** A port as a number when the container names it, else as written; null when templated. */
    private static String resolve(Node port, Map<String, String> namedPorts) {
        String text = port.text();
        if (text == null) {
            return null;
        }
        String number = namedPorts.get(text);
        return number != null ? number : text;
    }

    /** Structural equality of two values; a templated value equals nothing. */
    private static boolean equal(Node first, Node second) {
        if (isUnknown(first) || isUnknown(second)) {
            return false;
        }
        if (first.isMap() && second.isMap()) {
            for (String key : union(first, second)) {
                if (!equal(first.get(key), second.get(key))) {
                    return false;
                }
            }
            return true;
        }
        if (first.isList() && second.isList()) {
            List<Node> a = first.elements();
            List<Node> b = second.elements();
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (first.isNull() || second.isNull()) {
            return first.isNull() && second.isNull();
        }
        return first.isScalar() && second.isScalar() && first.text().equals(second.text());
    }

    private static Set<String> union(Node first, Node second) {
        Set<String> keys = new LinkedHashSet<>(first.fields().keySet());
        keys.addAll(second.fields().keySet());
        return keys;
    }
}
