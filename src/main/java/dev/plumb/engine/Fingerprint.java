package dev.plumb.engine;

import dev.plumb.model.Position;
import dev.plumb.rule.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding's identity across scans: rule, subject, file and message, never the line, so moving
 * code around does not make an old finding look new (history and SARIF consumers rely on it).
 * 64-bit FNV-1a rather than a cryptographic digest: nothing here is adversarial, and bringing up
 * the JDK's security providers costs a small scan more than all of its rules. Digits of the
 * message are left out: a count ("4 workloads depend on…") or a version changing is still the
 * same concern, not a fixed one and a new one. Findings whose rule, subject, file and message are
 * all alike (the same TODO twice in one file) are told apart by their order in the file, which an
 * edit above them does not change.
 */
final class Fingerprint {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fingerprint() {
    }

    static String of(String ruleId, Subject subject, String file, String message) {
        return of(ruleId, subject, file, message, false);
    }

    /**
     * With {@code keepDigits}, for the rare findings whose messages differ only in numbers (hostPort
     * 80 and 443 of one container): they need the numbers to stay apart.
     */
    static String of(String ruleId, Subject subject, String file, String message, boolean keepDigits) {
        long hash = OFFSET_BASIS;
        String[] parts = {ruleId, subject.describe(), file, message};
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            boolean skipDigits = !keepDigits && p == parts.length - 1;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (skipDigits && c >= '0' && c <= '9') {
                    continue;
                }
                hash = (hash ^ (c & 0xff)) * PRIME;
                hash = (hash ^ (c >>> 8)) * PRIME;
            }
            hash = (hash ^ 0xff) * PRIME;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /**
     * Makes every fingerprint of a scan unique: within a group sharing one, the first in file order
     * keeps it and the n-th gets it rehashed with n. Order, not line: inserting lines above the
     * group shifts all of them alike, so each keeps its fingerprint (and its suppression).
     */
    static List<String> disambiguate(List<Position> positions, List<String> fingerprints) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            groups.computeIfAbsent(fingerprints.get(i), key -> new ArrayList<>()).add(i);
        }
        List<String> unique = new ArrayList<>(fingerprints);
        Comparator<Integer> fileOrder = Comparator.<Integer>comparingInt(i -> positions.get(i).line())
                .thenComparingInt(i -> positions.get(i).column());
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(fileOrder);
            for (int n = 1; n < group.size(); n++) {
                int index = group.get(n);
                unique.set(index, rehash(fingerprints.get(index), n + 1));
            }
        }
        return unique;
    }

    private static String rehash(String fingerprint, int occurrence) {
        long hash = OFFSET_BASIS;
        String text = fingerprint + '#' + occurrence;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
