package dev.plumb.rules.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private key material in a file's text: PEM blocks (also on one line with {@code \n} escapes, as
 * JSON writes them, or base64-encoded, as in a kubeconfig's {@code client-key-data} or a Secret's
 * {@code data}), PuTTY key files and age identities. A PEM header with no key body after it (a
 * README quoting the header, "..." in an example) is not a key.
 */
final class PrivateKeys {

    /**
     * @param line      1-based line of the header
     * @param type      "RSA", "OpenSSH", "PKCS#8"…
     * @param encrypted true, false, or null when the format does not say
     * @param base64    the key was found base64-encoded
     */
    record Found(int line, String type, Boolean encrypted, boolean base64) {}

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?)PRIVATE KEY(?: BLOCK)?-----");
    /** "-----BEGIN" base64-encoded at the start of a value. */
    private static final String BASE64_BEGIN = "LS0tLS1CRUdJTi";
    private static final Pattern BASE64_PEM = Pattern.compile(BASE64_BEGIN + "[A-Za-z0-9+/]*");
    private static final Pattern PUTTY = Pattern.compile("PuTTY-User-Key-File-\\d+:\\s*(\\S+)");
    private static final Pattern AGE = Pattern.compile("AGE-SECRET-KEY-1[0-9A-Z]{58}");
    private static final Pattern BODY = Pattern.compile("[A-Za-z0-9+/=]{16,}");
    private static final String PROC_ENCRYPTED = "Proc-Type: 4,ENCRYPTED";
    /** The OpenSSH format names its cipher after the magic and a 4-byte length; "none" means no passphrase. */
    private static final String OPENSSH_MAGIC = "openssh-key-v1\0";

    private PrivateKeys() {
    }

    /** Cheap test on the whole text; almost every file fails it and skips the line scan. */
    static boolean mayContain(String text) {
        return text.contains("PRIVATE KEY") || text.contains(BASE64_BEGIN) || text.contains("PuTTY-User-Key-File")
                || text.contains("AGE-SECRET-KEY-1");
    }

    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        if (!mayContain(text)) {
            return found;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            Matcher pem = PEM.matcher(line);
            while (pem.find()) {
                // One-line forms ("...-----\nMIIE...") carry the body on the same line; files on the next one.
                String sameLine = line.substring(pem.end()).replace("\\n", " ").replace("\\r", " ").trim();
                String body = sameLine.isEmpty() && i + 1 < lines.size() ? lines.get(i + 1).trim() : sameLine;
                if (body.startsWith("Proc-Type:") || BODY.matcher(body).lookingAt()) {
                    found.add(new Found(number, type(pem.group(1)), encrypted(pem.group(1), body), false));
                }
            }
            Matcher encoded = BASE64_PEM.matcher(line);
            while (encoded.find()) {
                decoded(encoded.group()).ifPresent(key -> found.add(new Found(number, key.type(), key.encrypted(), true)));
            }
            Matcher putty = PUTTY.matcher(line);
            if (putty.find()) {
                String next = i + 1 < lines.size() ? lines.get(i + 1).trim() : "";
                Boolean encrypted = next.startsWith("Encryption:") ? !next.endsWith("none") : null;
                found.add(new Found(number, "PuTTY " + putty.group(1), encrypted, false));
            }
            if (AGE.matcher(line).find()) {
                found.add(new Found(number, "age", false, false));
            }
        }
        return found;
    }

    private static String type(String label) {
        return switch (label.trim()) {
            case "", "ENCRYPTED" -> "PKCS#8";
            case "SSH2 ENCRYPTED" -> "SSH2";
            case "OPENSSH" -> "OpenSSH";
            default -> label.trim();
        };
    }

    private static Boolean encrypted(String label, String body) {
        if (label.contains("ENCRYPTED") || body.startsWith(PROC_ENCRYPTED)) {
            return true;
        }
        return switch (label.trim()) {
            case "OPENSSH" -> opensshEncrypted(body);
            // PGP keys are usually passphrase-protected, but the armour does not say.
            case "PGP" -> null;
            default -> false;
        };
    }

    private static Boolean opensshEncrypted(String firstBodyLine) {
        Matcher body = BODY.matcher(firstBodyLine);
        if (!body.lookingAt()) {
            return null;
        }
        String chunk = body.group().replace("=", "");
        String decoded = decode(chunk.substring(0, chunk.length() - chunk.length() % 4));
        int at = decoded == null ? -1 : decoded.indexOf(OPENSSH_MAGIC);
        int cipher = at + OPENSSH_MAGIC.length() + 4;
        if (at < 0 || decoded.length() < cipher + 4) {
            return null;
        }
        return !decoded.startsWith("none", cipher);
    }

    private record Key(String type, Boolean encrypted) {}

    /** A base64 token that decodes to a PEM private key header; nobody base64-encodes a quoted header by accident. */
    private static Optional<Key> decoded(String token) {
        String text = decode(token.substring(0, token.length() - token.length() % 4));
        if (text == null) {
            return Optional.empty();
        }
        Matcher pem = PEM.matcher(text);
        if (!pem.lookingAt()) {
            return Optional.empty();
        }
        String body = text.substring(pem.end()).trim();
        return Optional.of(new Key(type(pem.group(1)), encrypted(pem.group(1), body)));
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
