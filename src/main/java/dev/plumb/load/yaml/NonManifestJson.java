package dev.plumb.load.yaml;

import java.util.Locale;
import java.util.Set;

/**
 * JSON files that are not infrastructure, read as text and never reported as broken: the settings
 * of editors, language tools and bots ({@code tsconfig.json}, {@code devcontainer.json},
 * {@code renovate.json}, {@code .vscode/}), and JSON written in the dialects only such tools read
 * (JSONC, JSON5: comments, trailing commas). kubectl and the API server accept neither dialect, so
 * a file in one is not a manifest anyone applies; one that still looks like a Kubernetes object is
 * broken for real and stays a parse error.
 */
final class NonManifestJson {

    /** Settings files of tools, by name: none of them ever holds a Kubernetes object. */
    private static final Set<String> TOOL_FILE_NAMES = Set.of(
            "package.json", "package-lock.json", "npm-shrinkwrap.json", "composer.json",
            "jsconfig.json", "devcontainer.json", ".devcontainer.json",
            "renovate.json", ".renovaterc.json", ".prettierrc.json", ".babelrc.json", "babel.config.json",
            ".stylelintrc.json", "tslint.json", "lerna.json", "nx.json", "turbo.json", "deno.json", "biome.json",
            ".markdownlint.json", "cspell.json", ".cspell.json");
    /** Directories whose every file is a tool's settings. */
    private static final Set<String> TOOL_DIRECTORIES = Set.of(".vscode", ".devcontainer");

    private NonManifestJson() {}

    /** JSON5 and JSONC by their own extensions: never YAML, whatever else is in them. */
    static boolean isJsonDialect(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json5") || lower.endsWith(".jsonc");
    }

    /**
     * A tool's settings file: {@code tsconfig*.json}, {@code .eslintrc*.json}, the names above, any JSON in
     * {@code .vscode/} or {@code .devcontainer/} (whose compose files, YAML, are still read as YAML).
     */
    static boolean isToolSettings(String path) {
        String[] names = path.split("/");
        String name = names[names.length - 1].toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) {
            return false;
        }
        for (int i = 0; i < names.length - 1; i++) {
            if (TOOL_DIRECTORIES.contains(names[i])) {
                return true;
            }
        }
        return TOOL_FILE_NAMES.contains(name) || name.startsWith("tsconfig.") || name.startsWith("jsconfig.")
                || name.startsWith(".eslintrc");
    }

    /**
     * Whether a {@code .json} file that failed to parse is only written in a tool's dialect: comments
     * or trailing commas outside strings, and no {@code "apiVersion"} and {@code "kind"} keys.
     */
    static boolean isDialectNotManifest(String text) {
        boolean kubernetes = text.contains("\"apiVersion\"") && text.contains("\"kind\"");
        return !kubernetes && hasCommentsOrTrailingCommas(text);
    }

    static boolean hasCommentsOrTrailingCommas(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote || c == '\n') {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                // JSON5 also quotes with apostrophes; in strict JSON one only ever appears inside a string.
                quote = c;
            } else if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                return true;
            } else if (c == ',' && closesNext(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only white space stands between {@code from} and a closing bracket or brace. */
    private static boolean closesNext(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '}' || c == ']';
            }
        }
        return false;
    }
}
