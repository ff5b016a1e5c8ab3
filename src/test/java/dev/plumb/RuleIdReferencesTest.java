package dev.plumb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.report.compliance.Control;
import dev.plumb.rule.Category;
import dev.plumb.rule.Equivalent;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule class is the one home of what is known about its rule: the reports ask its metadata, never
 * a list of ids of their own. So a kebab-case string literal outside the rule classes
 * ({@code dev/plumb/rules/**}) — the shape of a rule id — must name a rule, or be a word of a
 * vocabulary the product defines elsewhere, or one of the few {@link #NOT_RULE_IDS}. Renaming a rule
 * and forgetting a reference to its old id fails here, and so does a {@code plumb explain <id>}
 * in the reports' prose that names no rule.
 */
class RuleIdReferencesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "plumb");
    private static final Path RULE_CLASSES = SOURCES.resolve("rules");
    private static final Pattern RULE_ID_SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
    private static final Pattern EXPLAIN = Pattern.compile("plumb explain ([a-z0-9]+(?:-[a-z0-9]+)+)");

    /**
     * Kebab-case words that are no rule and belong to no vocabulary below, each used in one place:
     * how an object entered the platform (a Terraform {@code kubernetes_manifest}), the
     * {@code compliance.units} value that makes each top-level folder a unit, the SARIF property
     * GitHub reads a security score from, the namespace a chart deployed nowhere is rendered into, the report
     * format of compliance.json, and the
     * CSS classes of report.html's findings columns.
     */
    private static final Set<String> NOT_RULE_IDS = Set.of(
            "terraform-manifest", "top-level", "security-severity", "plumb-unplaced", "compliance-json",
            "col-sev", "col-rule", "col-cat", "col-loc", "col-msg");

    /** Literals in a rule-id shape that name no rule and are not known words, as "file: literal". */
    static List<String> unknownIds(String file, String source, Set<String> ruleIds, Set<String> words) {
        List<String> unknown = new ArrayList<>();
        for (String literal : JavaLiterals.of(source)) {
            if (RULE_ID_SHAPE.matcher(literal).matches() && !ruleIds.contains(literal) && !words.contains(literal)) {
                unknown.add(file + ": \"" + literal + "\"");
            }
            Matcher explain = EXPLAIN.matcher(literal);
            while (explain.find()) {
                if (!ruleIds.contains(explain.group(1))) {
                    unknown.add(file + ": plumb explain " + explain.group(1));
                }
            }
        }
        return unknown;
    }

    @Test
    void everyRuleIdShapedLiteralOutsideTheRuleClassesNamesARuleOrAKnownWord() throws IOException {
        Set<String> ruleIds = new HashSet<>();
        RuleRegistry.builtIn().forEach(rule -> ruleIds.add(rule.meta().id()));
        Set<String> words = knownWords();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java") && !path.startsWith(RULE_CLASSES))
                    .sorted().toList()) {
                unknown.addAll(unknownIds(SOURCES.relativize(file).toString(),
                        Files.readString(file, StandardCharsets.UTF_8), ruleIds, words));
            }
        }
        assertThat(unknown).as("rename the reference, ask the rule's metadata instead of naming it, "
                + "or (for a word that is no rule id) add it to NOT_RULE_IDS with why").isEmpty();
    }

    @Test
    void aRenamedRuleLeftBehindInAReportIsCaught() {
        String source = """
                class Wording {
                    // "image-tag-floating" in a comment is no reference
                    static final Set<String> RULES = Set.of("image-tag-floating", "image-tag-mutable", "top-level");
                    static final String FIX = "`plumb explain probe-missing` shows an example; so does 'x'";
                    static final char QUOTE = '"';
                    static final String AFTER = "runs-as-root";
                }
                """;
        Set<String> ruleIds = Set.of("image-tag-mutable", "liveness-probe-missing");

        assertThat(unknownIds("Wording.java", source, ruleIds, Set.of("top-level"))).containsExactly(
                "Wording.java: \"image-tag-floating\"", "Wording.java: plumb explain probe-missing",
                "Wording.java: \"runs-as-root\"");
    }

    /**
     * Words of vocabularies the product defines in one place each, read from there: compliance
     * control ids, the concerns-audit themes rules name, category ids, the capabilities
     * {@code .plumb.yaml} declares, and the other scanners equivalents name.
     */
    private static Set<String> knownWords() {
        Set<String> words = new TreeSet<>(NOT_RULE_IDS);
        words.addAll(Control.ids());
        RuleRegistry.builtIn().stream().map(Rule::meta).map(RuleMeta::reporting)
                .forEach(reporting -> words.add(reporting.theme()));
        Arrays.stream(Category.values()).forEach(category -> words.add(category.id()));
        words.addAll(RuleSettings.CAPABILITIES);
        Arrays.stream(Equivalent.Tool.values()).forEach(tool -> words.add(tool.prefix()));
        return words;
    }

    /** The string literals of a Java source, text blocks included, comments and character literals left out. */
    static final class JavaLiterals {

        private JavaLiterals() {
        }

        static List<String> of(String source) {
            List<String> literals = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? source.length() : end;
                } else if (source.startsWith("/*", i)) {
                    i = source.indexOf("*/", i + 2) + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = closing(source, i + 3, "\"\"\"");
                    literals.add(source.substring(i + 3, end));
                    i = end + 3;
                } else if (source.charAt(i) == '"') {
                    int end = closing(source, i + 1, "\"");
                    literals.add(source.substring(i + 1, end));
                    i = end + 1;
                } else if (source.charAt(i) == '\'') {
                    i = closing(source, i + 1, "'") + 1;
                } else {
                    i++;
                }
            }
            return literals;
        }

        /** Where {@code quote} closes a literal opened before {@code from}, past escaped characters. */
        private static int closing(String source, int from, String quote) {
            int i = from;
            while (!source.startsWith(quote, i)) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return i;
        }
    }
}
