package dev.plumb.rules.debt;

import dev.plumb.model.TextFile;
import java.util.Locale;
import java.util.Set;

/**
 * How a file writes comments, decided from its name. Markdown, plain-text notes and JSON have
 * none: a README's "TODO" list is the operator's written-down backlog rather than debt hidden in
 * configuration, and JSON cannot carry comments at all, so those files are never read for markers
 * or commented-out blocks.
 */
enum CommentSyntax {
    /** {@code #} to the end of the line: YAML, shell, Dockerfile, Python, conf, TOML, .env. */
    HASH(true, false, false, false),
    /** {@code #} and {@code ;} (INI files, systemd units). */
    HASH_SEMICOLON(true, true, false, false),
    /** {@code #}, {@code //} and block comments: HCL and Terraform. */
    HASH_SLASH(true, false, true, false),
    /** {@code //} and block comments: Jenkinsfile, JavaScript, Go, Jsonnet. */
    SLASH(false, false, true, false),
    /** {@code --} (and block comments): SQL, Lua. */
    DASH(false, false, true, true),
    /** No comments that plumb reads. */
    NONE(false, false, false, false);

    private static final Set<String> HASH_EXTENSIONS = Set.of(
            "yaml", "yml", "sh", "bash", "zsh", "ksh", "fish", "py", "rb", "pl", "conf", "cfg", "cnf", "toml",
            "properties", "env", "envrc", "dockerfile", "containerfile", "mk", "just", "nix", "ps1", "r",
            "caddyfile", "nginx", "rules", "crontab");
    private static final Set<String> HASH_SEMICOLON_EXTENSIONS = Set.of(
            "ini", "service", "timer", "socket", "mount", "target", "network", "netdev", "container");
    private static final Set<String> HASH_SLASH_EXTENSIONS = Set.of("tf", "tofu", "hcl", "tfvars", "nomad", "pkr");
    private static final Set<String> SLASH_EXTENSIONS = Set.of(
            "js", "mjs", "cjs", "ts", "go", "java", "groovy", "gradle", "kt", "kts", "rs", "c", "h", "cc", "cpp",
            "cs", "swift", "scala", "jsonnet", "libsonnet", "cue", "jenkinsfile");
    private static final Set<String> DASH_EXTENSIONS = Set.of("sql", "lua");
    private static final Set<String> HASH_NAMES = Set.of(
            "dockerfile", "containerfile", "makefile", "gnumakefile", "justfile", "vagrantfile", "caddyfile",
            "brewfile", "crontab", ".env", ".envrc", ".bashrc", ".profile", ".zshrc", "procfile");

    private final boolean hash;
    private final boolean semicolon;
    private final boolean slash;
    private final boolean dash;

    CommentSyntax(boolean hash, boolean semicolon, boolean slash, boolean dash) {
        this.hash = hash;
        this.semicolon = semicolon;
        this.slash = slash;
        this.dash = dash;
    }

    boolean hash() {
        return hash;
    }

    boolean semicolon() {
        return semicolon;
    }

    /** {@code //} line comments and block comments blocks. */
    boolean slash() {
        return slash && this != DASH;
    }

    /** block comments blocks (SQL has them too, but not {@code //}). */
    boolean block() {
        return slash;
    }

    boolean dash() {
        return dash;
    }

    /** Whether {@code <<EOT} … {@code EOT} heredocs hold text that is not this file's code (HCL). */
    boolean heredocs() {
        return this == HASH_SLASH;
    }

    static CommentSyntax of(TextFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        String extension = file.extension();
        if (HASH_EXTENSIONS.contains(extension)) {
            return HASH;
        }
        if (HASH_SEMICOLON_EXTENSIONS.contains(extension)) {
            return HASH_SEMICOLON;
        }
        if (HASH_SLASH_EXTENSIONS.contains(extension)) {
            return HASH_SLASH;
        }
        if (SLASH_EXTENSIONS.contains(extension) || name.equals("jenkinsfile")) {
            return SLASH;
        }
        if (DASH_EXTENSIONS.contains(extension)) {
            return DASH;
        }
        if (HASH_NAMES.contains(name) || name.startsWith(".env.") || name.startsWith("dockerfile.")
                || name.startsWith("containerfile.")) {
            return HASH;
        }
        // An executable script without an extension still says what it is on its first line.
        return extension.isEmpty() && file.text().startsWith("#!") ? HASH : NONE;
    }
}
