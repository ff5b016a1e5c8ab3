package dev.plumb.report;

import dev.plumb.model.FileCoverage;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/** The counting phrases the human-readable reports share, so the console and Markdown never disagree. */
public final class Tally {

    private Tally() {
    }

    /** "12 findings: 1 critical, 3 high, 6 medium, 2 low, 0 info"; every severity, so the shape never moves. */
    static String findings(ScanResult result) {
        Map<Severity, Integer> counts = result.countsBySeverity();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "No findings";
        }
        StringJoiner parts = new StringJoiner(", ", count(total, "finding") + ": ", "");
        counts.forEach((severity, n) -> parts.add(n + " " + severity.id()));
        return parts.toString();
    }

    /** "27 of 34 infrastructure files analysed": what the coverage lines above said, in one phrase. */
    static String files(ScanResult result) {
        if (result.coverage().isEmpty()) {
            return count(result.files(), "file");
        }
        return result.coverage().count(FileCoverage.Status.ANALYSED) + " of "
                + count(result.coverage().total(), "infrastructure file") + " analysed";
    }

    static String resources(ScanResult result) {
        return count(result.resources(), "resource");
    }

    /** "1 Ingress", "2 Ingresses", "3 NetworkPolicies": kinds are nouns too. */
    public static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.length() > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    static String seconds(Duration elapsed) {
        // Not String.format: its first use costs a small scan more time than it reports.
        long hundredths = Math.round(elapsed.toNanos() / 1e7);
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction + " s";
    }
}
