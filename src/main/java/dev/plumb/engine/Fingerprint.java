package dev.plumb.engine;

import dev.plumb.rule.Subject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across scans: rule, subject, file and message, never the line, so moving
 * code around does not make an old finding look new (history and SARIF consumers rely on it).
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(String ruleId, Subject subject, String file, String message) {
        String identity = String.join("\u0000", ruleId, subject.describe(), file, message);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
