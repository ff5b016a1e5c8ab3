package dev.plumb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.rule.Counted;
import dev.plumb.rule.Equivalent;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue's own contract: metadata every report relies on, and a fixture behind every rule. */
class CatalogueTest {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> THEMES = Set.of(
            "images", "probes", "resources", "security", "rbac", "secrets", "networking", "availability", "storage",
            "apis", "debt", "capabilities", "terraform", "meta");
    /** Capitalised words allowed mid-title: names, not emphasis. */
    private static final Set<String> PROPER_NOUNS = Set.of(
            "Kubernetes", "Helm", "Terraform", "Ansible", "Docker", "Git", "Pod", "Service", "Secret", "Job",
            "Ingress", "Role", "Deployment", "Namespace", "Node");
    private static final Pattern LEADING_TOKEN = Pattern.compile("^[\\s#\"'-]*([A-Za-z0-9_.$/]+)");

    static List<Rule> rules() {
        return RuleRegistry.builtIn();
    }

    @Test
    void everyEquivalentNamesAKnownScannerAndAWellFormedCheckOnce() {
        for (Rule rule : rules()) {
            RuleMeta meta = rule.meta();
            for (String entry : meta.equivalents()) {
                assertThat(Equivalent.parse(entry)).as("%s: equivalent \"%s\" must be polaris:camelCase, kube-score:kebab, "
                        + "kube-linter:kebab or checkov:CKV_X_N", meta.id(), entry).isPresent();
            }
            assertThat(meta.equivalents()).as(meta.id()).doesNotHaveDuplicates();
        }
        assertThat(Equivalent.parse("checkov:CKV_K8S_14")).contains(new Equivalent(Equivalent.Tool.CHECKOV, "CKV_K8S_14"));
        assertThat(Equivalent.parse("kubescore:container-image-tag")).isEmpty();
        assertThat(Equivalent.parse("polaris:tag-not-specified")).isEmpty();
        assertThat(Equivalent.parse("checkov:CKV_K8S")).isEmpty();
        assertThat(rules().stream().filter(rule -> !rule.meta().equivalents().isEmpty()).count()).isGreaterThan(30);
    }

    @Test
    void aRuleCountedInImageReferencesSaysWhatTheyDo() {
        for (Rule rule : rules()) {
            RuleMeta meta = rule.meta();
            boolean images = meta.reporting().counted() == Counted.IMAGE_REFERENCES;
            assertThat(meta.reporting().predicate().isEmpty()).as("%s: predicate goes with counted = IMAGE_REFERENCES",
                    meta.id()).isEqualTo(!images);
        }
    }

    @Test
    void idsAreUniqueAndKebabCase() {
        List<String> ids = rules().stream().map(rule -> rule.meta().id()).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> KEBAB.matcher(id).matches(), "kebab-case");
    }

    @Test
    void registryIsInCatalogueOrder() {
        List<RuleMeta> metas = rules().stream().map(Rule::meta).toList();
        assertThat(metas).isSortedAccordingTo(Comparator.comparing(RuleMeta::category).thenComparing(RuleMeta::id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void metadataIsComplete(Rule rule) {
        RuleMeta meta = rule.meta();
        String[] words = meta.title().trim().split("\\s+");
        assertThat(words.length).as("%s: title has at most 8 words", meta.id()).isLessThanOrEqualTo(8);
        assertThat(Character.isUpperCase(meta.title().charAt(0))).as("%s: title starts with a capital", meta.id()).isTrue();
        assertThat(meta.title()).as("%s: title is not a sentence", meta.id()).doesNotEndWith(".");
        for (int i = 1; i < words.length; i++) {
            boolean capitalised = words[i].matches("[A-Z][a-z'’]+");
            assertThat(!capitalised || PROPER_NOUNS.contains(words[i]))
                    .as("%s: title is in sentence case, but \"%s\" is capitalised", meta.id(), words[i]).isTrue();
        }
        assertThat(meta.rationale()).as("%s: rationale", meta.id()).isNotBlank();
        assertThat(meta.fix()).as("%s: fix", meta.id()).isNotBlank();
        assertThat(meta.references()).as("%s: references", meta.id()).allMatch(url -> url.startsWith("https://"));
        assertThat(themeOf(rule)).as("%s: package theme", meta.id()).isIn(THEMES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleHasAFixtureWithPositiveAndNegativeCases(Rule rule) {
        String id = rule.meta().id();
        Optional<Fixture> found = Fixture.all().stream().filter(f -> f.ruleId().equals(id)).findFirst();
        assertThat(found).as("%s: fixture at src/test/resources/rules/%s/%s.yaml", id, themeOf(rule), id).isPresent();
        Fixture fixture = found.get();
        assertThat(fixture.theme()).as("%s: fixture lives in the rule's theme folder", id).isEqualTo(themeOf(rule));
        assertThat(fixture.markers()).as("%s: fixture has an expect marker", id).anyMatch(m -> m.ruleId().equals(id));
        assertThat(hasNegativeTwin(fixture))
                .as("%s: fixture has an unmarked line starting like a marked one (a negative case next to a positive)", id)
                .isTrue();
    }

    @Test
    void everyFixtureBelongsToARegisteredRule() {
        Map<String, Rule> byId = rules().stream().collect(Collectors.toMap(rule -> rule.meta().id(), Function.identity()));
        for (Fixture fixture : Fixture.all()) {
            assertThat(byId).as("%s: no registered rule \"%s\"", fixture, fixture.ruleId()).containsKey(fixture.ruleId());
        }
    }

    static String themeOf(Rule rule) {
        String name = rule.getClass().getPackageName();
        return name.startsWith("dev.plumb.rules.") ? name.substring("dev.plumb.rules.".length()) : name;
    }

    /**
     * At least one unmarked line begins with the same key as a marked line ({@code image:} next to a
     * flagged {@code image:}): a format-neutral sign that the fixture shows what must stay silent.
     */
    private static boolean hasNegativeTwin(Fixture fixture) {
        for (Fixture.File file : fixture.files()) {
            List<String> lines = file.lines();
            Set<Integer> targets = new HashSet<>();
            file.markers().forEach(marker -> targets.add(marker.targetLine()));
            Set<String> positive = new HashSet<>();
            Set<String> negative = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher token = LEADING_TOKEN.matcher(Marker.strip(lines.get(i)));
                if (token.find()) {
                    (targets.contains(i + 1) ? positive : negative).add(token.group(1));
                }
            }
            positive.retainAll(negative);
            if (!positive.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
