package dev.plumb.discover;

import dev.plumb.model.LiveScopes;
import dev.plumb.model.NotLive;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the folders that are not deployed: named so ({@code deprecated/}, {@code archive/},
 * {@code test/}, a chart's {@code ci/} values), whose README says so, or listed in
 * {@code .plumb.yaml}. The scanned root itself is always live: its own name is never read.
 */
final class RetiredFolders {

    /** Names that mean "kept, not running". Matched as the whole folder name. */
    private static final Set<String> RETIRED_NAMES = Set.of(
            "deprecated", "archive", "archived", "archives", "old", "attic", "graveyard", "unused", "legacy", "obsolete");
    /** Words that say it even inside a longer name ({@code apps-deprecated}, {@code _archive}). */
    private static final Set<String> RETIRED_WORDS = Set.of("deprecated", "archive", "archived", "graveyard", "unused", "obsolete");
    private static final Set<String> TEST_NAMES = Set.of("test", "tests", "benchmark", "benchmarks", "fixtures", "e2e");
    /** Names of environments: a {@code test} folder beside one of these is an environment, deployed like them. */
    private static final Set<String> ENVIRONMENTS = Set.of("prod", "production", "staging", "stage", "integration",
            "dev", "development", "main", "live", "qa", "uat", "preprod", "sandbox", "home", "lab");
    private static final Set<String> README_NAMES = Set.of("readme.md", "readme", "readme.txt", "readme.rst", "readme.adoc");
    /** Sentences of a README that put its whole folder out of use. */
    private static final List<String> README_SAYS = List.of(
            "not in use", "no longer in use", "no longer used", "not used anymore", "not used any more",
            "is not deployed", "are not deployed", "no longer deployed", "not maintained anymore", "is deprecated",
            "are deprecated", "has been deprecated", "this folder is archived", "this directory is archived",
            "kept for reference", "do not deploy", "don't deploy");
    private static final int README_HEAD = 1500;

    private RetiredFolders() {}

    /**
     * @param readPaths    every file read, root-relative
     * @param readmes      README path → text, for the folders that have one
     * @param chartFolders folders holding a Chart.yaml
     * @param retiredGlobs {@code .plumb.yaml} {@code retired:} folder globs
     * @param liveGlobs    {@code .plumb.yaml} {@code live:} folder globs, which win over names and READMEs
     */
    static LiveScopes find(Collection<String> readPaths, Map<String, String> readmes, Set<String> chartFolders,
                           List<String> retiredGlobs, List<String> liveGlobs) {
        return find(readPaths, readmes, chartFolders, List.of(), retiredGlobs, liveGlobs);
    }

    /**
     * @param deployed folders a GitOps application or a kustomization outside them deploys: a folder
     *                 named {@code test} that a Flux Kustomization applies is a live test cluster
     */
    static LiveScopes find(Collection<String> readPaths, Map<String, String> readmes, Set<String> chartFolders,
                           Collection<String> deployed, List<String> retiredGlobs, List<String> liveGlobs) {
        Set<String> folders = new TreeSet<>();
        for (String path : readPaths) {
            for (String folder = RelativePaths.parent(path); !folder.isEmpty(); folder = RelativePaths.parent(folder)) {
                if (!folders.add(folder)) {
                    break;
                }
            }
        }
        Map<String, String> readmesByFolder = new HashMap<>();
        readmes.forEach((path, text) -> readmesByFolder.putIfAbsent(RelativePaths.parent(path),
                RelativePaths.name(path) + "\u0000" + text));
        Map<String, NotLive> found = new LinkedHashMap<>();
        for (String folder : folders) {
            if (matchesAny(folder, liveGlobs)) {
                continue;
            }
            String why = configured(folder, retiredGlobs);
            if (why == null && !isDeployed(folder, deployed)) {
                why = byName(folder, chartFolders, folders);
            }
            if (why == null) {
                why = byReadme(folder, readmesByFolder);
            }
            if (why != null) {
                found.put(folder, new NotLive(folder, why));
            }
        }
        return new LiveScopes(found);
    }

    private static boolean isDeployed(String folder, Collection<String> deployed) {
        for (String path : deployed) {
            if (path.equals(folder) || path.startsWith(folder + "/")) {
                return true;
            }
        }
        return false;
    }

    private static String configured(String folder, List<String> globs) {
        return matchesAny(folder, globs) ? "listed as retired in .plumb.yaml" : null;
    }

    private static String byName(String folder, Set<String> chartFolders, Set<String> folders) {
        String name = RelativePaths.name(folder);
        String bare = name.toLowerCase(Locale.ROOT).replaceAll("^[^a-z0-9]+", "");
        String chart = enclosingChart(folder, chartFolders);
        if (chart != null) {
            return byNameInChart(folder, chart, bare);
        }
        if (RETIRED_NAMES.contains(bare)) {
            return "retired: the folder is named " + name;
        }
        for (String word : bare.split("[^a-z0-9]+")) {
            if (RETIRED_WORDS.contains(word)) {
                return "retired: the folder is named " + name;
            }
        }
        if (TEST_NAMES.contains(bare) && !isEnvironment(folder, bare, folders)) {
            return "test: the folder is named " + name;
        }
        return null;
    }

    /**
     * Inside a chart only Helm's own test places are test content: the chart-testing values in
     * {@code ci/}, helm-unittest's {@code tests/} and the test hooks in {@code templates/tests/}. Other
     * folders (values per environment, {@code files/test/}) are what the chart deploys.
     */
    private static String byNameInChart(String folder, String chart, String bare) {
        String inChart = chart.isEmpty() ? folder : folder.substring(chart.length() + 1);
        if (inChart.equals("ci")) {
            return "test: chart-testing values";
        }
        if (inChart.equals("tests") || inChart.equals("templates/tests")) {
            return "test: the chart's tests";
        }
        return null;
    }

    private static String enclosingChart(String folder, Set<String> chartFolders) {
        for (String directory = RelativePaths.parent(folder); ; directory = RelativePaths.parent(directory)) {
            if (chartFolders.contains(directory)) {
                return directory;
            }
            if (directory.isEmpty()) {
                return null;
            }
        }
    }

    /** {@code clusters/test} beside {@code clusters/main}: an environment of its own, not test fixtures. */
    private static boolean isEnvironment(String folder, String bare, Set<String> folders) {
        if (!bare.equals("test")) {
            return false;
        }
        String parent = RelativePaths.parent(folder);
        for (String environment : ENVIRONMENTS) {
            if (folders.contains(parent.isEmpty() ? environment : parent + "/" + environment)) {
                return true;
            }
        }
        return false;
    }

    private static String byReadme(String folder, Map<String, String> readmesByFolder) {
        String readme = readmesByFolder.get(folder);
        if (readme == null) {
            return null;
        }
        String[] parts = readme.split("\u0000", 2);
        String head = parts[1].substring(0, Math.min(parts[1].length(), README_HEAD)).toLowerCase(Locale.ROOT);
        for (String sentence : README_SAYS) {
            if (head.contains(sentence)) {
                return "retired: " + parts[0] + " says \"" + sentence + "\"";
            }
        }
        return null;
    }

    static boolean isReadme(String path) {
        return README_NAMES.contains(RelativePaths.name(path).toLowerCase(Locale.ROOT));
    }

    private static boolean matchesAny(String folder, List<String> globs) {
        String[] names = folder.split("/");
        for (String glob : globs) {
            if (IgnorePattern.parse(glob).map(pattern -> pattern.matches(names, 0, true)).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
