package dev.plumb.load.kustomize;

import dev.plumb.load.JsonStrings;
import dev.plumb.model.Node;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The suffix kustomize appends to a generated ConfigMap or Secret: SHA-256 of the object's kind, data
 * (binary data, string data, a Secret's type) as Go's JSON encoder writes them, cut to ten characters
 * with the letters that could spell words swapped out. Kustomize looks the name up under a key that
 * never matches, so the name always counts as empty: the same data under two names hashes alike.
 */
final class NameHash {

    private NameHash() {}

    static String of(Node body) {
        String kind = body.get("kind").textOr("");
        Map<String, Object> fields = new TreeMap<>();
        fields.put("kind", kind);
        fields.put("name", "");
        fields.put("data", field(body.get("data")));
        String optional = kind.equals("Secret") ? "stringData" : "binaryData";
        if (body.get(optional).isMap()) {
            fields.put(optional, field(body.get(optional)));
        }
        if (kind.equals("Secret")) {
            fields.put("type", body.get("type").textOr(""));
        }
        StringBuilder json = new StringBuilder();
        write(fields, json);
        return encode(sha256(json.toString()));
    }

    /** A map as its sorted pairs; anything absent or not a map is the empty string kustomize puts there. */
    private static Object field(Node value) {
        return value.isMap() ? new TreeMap<>(value.stringMap()) : "";
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(entry.getKey().toString(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else {
            quote(value.toString(), out);
        }
    }

    private static void quote(String text, StringBuilder out) {
        JsonStrings.quote(text, out, true);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    private static String encode(String hex) {
        char[] chars = hex.substring(0, 10).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '0' -> 'g';
                case '1' -> 'h';
                case '3' -> 'k';
                case 'a' -> 'm';
                case 'e' -> 't';
                default -> chars[i];
            };
        }
        return new String(chars);
    }
}
