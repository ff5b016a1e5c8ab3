package dev.plumb.rules.debt;

import dev.plumb.model.TextFile;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a commented-out line of configuration or script ({@code #   memory: 512Mi},
 * {@code # kubectl rollout restart …}) from a line of prose ({@code # Note: the limits below are a
 * guess}). Prose is recognised first: several plain words with at least one English function word
 * ("the", "to", "is"…) read as a sentence, whatever punctuation surrounds them. A license header
 * is prose by that test, and so are "Note:", "Usage:"-style headings.
 */
final class ConfigLines {

    enum Kind { CODE, PROSE, EMPTY }

    /**
     * The language of the file: commented-out code is code of that language. Shell commands in a
     * YAML comment are usage notes ("#   kubectl apply -k ."), not a disabled part of the manifest.
     */
    enum Language {
        YAML, SHELL, HCL, DOCKERFILE, ANY;

        static Language of(TextFile file) {
            String name = file.name().toLowerCase(Locale.ROOT);
            return switch (file.extension()) {
                case "yaml", "yml" -> YAML;
                case "sh", "bash", "zsh", "ksh", "fish", "env" -> SHELL;
                case "tf", "tofu", "hcl", "tfvars", "nomad", "pkr" -> HCL;
                default -> name.startsWith("dockerfile") || name.startsWith("containerfile") ? DOCKERFILE
                        : name.startsWith(".env") || file.extension().isEmpty() && file.text().startsWith("#!") ? SHELL
                        : ANY;
            };
        }
    }

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "to", "of", "and", "or", "is", "are", "was", "be", "it", "this", "that", "these",
            "we", "you", "they", "in", "on", "for", "with", "when", "if", "as", "by", "from", "not", "but",
            "only", "can", "will", "should", "must", "may", "there", "here", "because", "so", "than", "then",
            "which", "what", "our", "your", "its", "has", "have", "do", "does", "see", "at", "into", "about");
    private static final Set<String> SHELL_COMMANDS = Set.of(
            "kubectl", "helm", "docker", "podman", "curl", "wget", "apt", "apt-get", "dnf", "yum", "apk", "pip",
            "npm", "systemctl", "sudo", "echo", "export", "cd", "mkdir", "rm", "cp", "mv", "chmod", "chown", "ln",
            "cat", "sed", "awk", "grep", "git", "make", "terraform", "tofu", "ansible", "ansible-playbook", "flux",
            "kustomize", "k3s", "source", "set", "if", "then", "else", "elif", "fi", "for", "do", "done", "while",
            "case", "esac", "exit", "return", "local", "sleep", "exec", "tar", "ssh", "scp", "rsync", "openssl");
    private static final Pattern YAML_KEY = Pattern.compile("^(?:-\\s+)?[\"']?([A-Za-z0-9_.$/-]+)[\"']?:(?:\\s+(.*))?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^-\\s+\\S.*|^-$");
    private static final Pattern ASSIGNMENT = Pattern.compile("^(?:export\\s+)?[A-Za-z_][\\w.-]*\\s*=\\s*\\S.*");
    /** A block header ("resource "x" "y" {"), also with its body on the same line ("spec { port { port = 80 } }"). */
    private static final Pattern HCL_BLOCK = Pattern.compile("^[a-z_][\\w-]*(?:\\s+\"[^\"]*\")*\\s*\\{(?:.*})?$");
    private static final Pattern BRACKETS = Pattern.compile("^[}\\])]+[,;]?$|^[{\\[(]$|^\\[[^\\]\\s]+]$|^---$");
    private static final Pattern DOCKERFILE = Pattern.compile(
            "^(?:FROM|RUN|COPY|ADD|ENV|ARG|CMD|ENTRYPOINT|EXPOSE|WORKDIR|USER|LABEL|VOLUME|HEALTHCHECK|SHELL)\\s.*");
    private static final Pattern HEADING_WORD = Pattern.compile("[A-Z][a-z]+");

    private ConfigLines() {
    }

    static Kind classify(String commentText) {
        return classify(commentText, Language.ANY);
    }

    /** Classifies the text of a whole-line comment (what follows its leader) in a file of {@code language}. */
    static Kind classify(String commentText, Language language) {
        // "## key: value" and "#   key: value  # why" are the same commented-out line.
        String text = withoutTrailingComment(withoutLeaders(commentText)).strip();
        if (text.isEmpty()) {
            return Kind.EMPTY;
        }
        if (isProse(text)) {
            return Kind.PROSE;
        }
        boolean yaml = language == Language.YAML || language == Language.ANY;
        boolean shell = language == Language.SHELL || language == Language.DOCKERFILE || language == Language.ANY;
        boolean assignments = language != Language.YAML;
        var key = YAML_KEY.matcher(text);
        if (yaml && key.matches()) {
            // "Note:", "Example: …": a heading of a prose comment, not a key; real keys are lower- or upper-case.
            return HEADING_WORD.matcher(key.group(1)).matches() ? Kind.PROSE : Kind.CODE;
        }
        if (yaml && LIST_ITEM.matcher(text).matches()
                || assignments && ASSIGNMENT.matcher(text).matches()
                || (language == Language.HCL || language == Language.ANY) && HCL_BLOCK.matcher(text).matches()
                || language != Language.SHELL && BRACKETS.matcher(text).matches()
                || (language == Language.DOCKERFILE || language == Language.ANY) && DOCKERFILE.matcher(text).matches()) {
            return Kind.CODE;
        }
        String first = text.split("\\s+", 2)[0];
        return shell && (SHELL_COMMANDS.contains(first) || text.contains(" | ") || text.contains(" && ") || text.contains("$("))
                ? Kind.CODE : Kind.PROSE;
    }

    /** Mostly plain words with a function word among them: four or more, or three ending a sentence. */
    static boolean isProse(String text) {
        int tokens = 0;
        int words = 0;
        boolean functionWord = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == length) {
                break;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            tokens++;
            String bare = bareWord(text, start, i);
            if (bare != null) {
                words++;
                functionWord |= FUNCTION_WORDS.contains(bare);
            }
        }
        boolean sentence = tokens >= 4 || tokens == 3 && text.endsWith(".");
        return sentence && functionWord && words * 10 >= tokens * 6;
    }

    /**
     * The token as a lower-case word when it is one, allowing quotes and brackets around it and
     * punctuation after it ("(the", "License,", "don't"); null for anything else (paths, numbers, flags).
     */
    private static String bareWord(String text, int from, int to) {
        while (from < to && "\"'(".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ".,;:!?)\"'".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        if (from == to || !isAsciiLetter(text.charAt(from))) {
            return null;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && c != '\'' && c != '’' && c != '-') {
                return null;
            }
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String withoutLeaders(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '#' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return text.substring(i);
    }

    /** "image: x:1  # pinned" → "image: x:1": a comment after the commented-out value. */
    private static String withoutTrailingComment(String text) {
        for (int at = text.indexOf('#'); at > 0; at = text.indexOf('#', at + 1)) {
            if (Character.isWhitespace(text.charAt(at - 1))) {
                return text.substring(0, at);
            }
        }
        return text;
    }
}
