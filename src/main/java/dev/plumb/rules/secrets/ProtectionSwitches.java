package dev.plumb.rules.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a named setting, set to a value, switches a protection off: TLS, certificate verification,
 * authentication, a "dangerously" guard. Names are compared lower-case with separators removed, so
 * {@code --insecure-skip-tls-verify}, {@code INSECURE_SKIP_TLS_VERIFY} and {@code insecureSkipTlsVerify}
 * read alike.
 */
final class ProtectionSwitches {

    /**
     * Where the name was written. Settings inside configuration files are read most conservatively:
     * {@code auth: false} there is as likely an SMTP relay option as the service's own login, and
     * Loki's ubiquitous {@code auth_enabled: false} only switches off multi-tenancy.
     */
    enum Context { FLAG, ENV, SETTING }

    private static final String TLS_VERIFICATION = "turns off TLS certificate verification";
    private static final String AUTHENTICATION = "turns off authentication";

    /** A word every name judged below contains (case-insensitively). */
    static final Pattern KEYWORDS = Pattern.compile(
            "(?i)insecure|danger|auth|verif|reject|xpack|certificate|skip|login|token|password|tls");
    private static final List<String> KEYWORD_LIST = List.of(
            "insecure", "danger", "auth", "verif", "reject", "xpack", "certificate", "skip", "login", "token", "password",
            "tls");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]");
    /** Bad when on: any value but an explicit "false". */
    private static final Pattern VERIFICATION_SKIPPED = Pattern.compile(
            ".*(?:skip(?:tls|ssl|cert)\\w*verif|(?:tls|ssl)(?:skip|no)verif|insecureskip|nocheckcertificate|noverifyssl).*");
    private static final Pattern TLS_WORD = Pattern.compile("tls|ssl|cert");
    private static final Pattern AUTH_DISABLED = Pattern.compile(".*(?:disable\\w*auth|auth\\w*disabled).*");
    /** Bad when off: verification and security switches set to false. */
    private static final Pattern VERIFICATION_SWITCH = Pattern.compile(
            ".*(?:(?:tls|ssl|cert|certificate)verify|verify(?:tls|ssl|certs?|certificates?)"
                    + "|rejectunauthorized|checkcertificates?)");
    private static final Pattern NEGATION = Pattern.compile("insecure|skip|disable|noverify|dangerous");
    private static final Set<String> AUTH_SWITCHES = Set.of("auth", "authentication", "authenabled", "authenticationenabled");
    /** Jupyter's {@code --ServerApp.token=}: an empty token is no login at all. */
    private static final Pattern NOTEBOOK_TOKEN = Pattern.compile("(?:notebookapp|serverapp|identityprovider)(?:token|password)");
    private static final Set<String> TRUE = Set.of("true", "yes", "1", "on");
    /** "none" as in code-server's {@code --auth none}. */
    private static final Set<String> FALSE = Set.of("false", "no", "0", "off", "disabled", "none");

    private ProtectionSwitches() {
    }

    /**
     * What the setting switches off, if it does. {@code value} is null for a bare flag ({@code --insecure}).
     */
    static Optional<String> offBy(String name, String value, Context context) {
        // Almost no name contains one of these; they spare the normalisation and the patterns below.
        if (!mentionsKeyword(name)) {
            return Optional.empty();
        }
        String normalized = SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        String setting = value == null ? null : value.trim().toLowerCase(Locale.ROOT);
        boolean on = context == Context.FLAG ? setting == null || !FALSE.contains(setting) : TRUE.contains(setting);
        boolean off = setting != null && FALSE.contains(setting);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        if (normalized.equals("kubeletinsecuretls")) {
            return on ? Optional.of("makes metrics-server accept any certificate a kubelet presents") : Optional.empty();
        }
        if (on && VERIFICATION_SKIPPED.matcher(normalized).matches()) {
            return Optional.of(TLS_VERIFICATION);
        }
        if (on && normalized.contains("insecure") && TLS_WORD.matcher(normalized).find()) {
            return Optional.of(TLS_VERIFICATION);
        }
        if (on && normalized.contains("insecure")) {
            // --insecure means no TLS (Argo CD), no certificate check (curl, kaniko) or no login (Traefik's API).
            return Optional.of("switches an insecure mode on");
        }
        if (on && normalized.startsWith("dangerously")) {
            return Optional.of("turns off a safety check meant to stay on");
        }
        if (context == Context.FLAG && NOTEBOOK_TOKEN.matcher(normalized).matches() && isEmpty(value)) {
            return Optional.of(AUTHENTICATION);
        }
        if (on && (AUTH_DISABLED.matcher(normalized).matches() || normalized.contains("skiplogin")
                || (context == Context.FLAG && (normalized.equals("noauth") || normalized.equals("noauthentication"))))) {
            return Optional.of(AUTHENTICATION);
        }
        // A negated name set to false ("insecure-skip-tls-verify=false") keeps the protection on.
        if (NEGATION.matcher(normalized).find()) {
            return Optional.empty();
        }
        if (off && (VERIFICATION_SWITCH.matcher(normalized).matches() || normalized.equals("pythonhttpsverify"))) {
            return Optional.of(TLS_VERIFICATION);
        }
        if (off && normalized.equals("xpacksecurityenabled")) {
            return Optional.of("turns off Elasticsearch security (authentication and TLS)");
        }
        if (off && context == Context.FLAG && AUTH_SWITCHES.contains(normalized)) {
            return Optional.of(AUTHENTICATION);
        }
        // dockerd --tls=false on a TCP socket: an open Docker API. Only the bare flag: "tls" inside a
        // longer name (DISABLE_TLS for an in-cluster client) is too varied to judge.
        if (off && context == Context.FLAG && normalized.equals("tls")) {
            return Optional.of("turns off TLS");
        }
        return Optional.empty();
    }

    /**
     * Whether the text contains a word a judged name needs. Plain {@code indexOf} over a lower-cased copy:
     * a case-insensitive alternation costs several times more on large configuration files.
     */
    static boolean mentionsKeyword(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String keyword : KEYWORD_LIST) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(String value) {
        return value != null && (value.isEmpty() || value.equals("''") || value.equals("\"\""));
    }

    /** Boolean values may be printed; anything else might be a secret and is left out of messages. */
    static boolean isPrintable(String value) {
        String setting = value.trim().toLowerCase(Locale.ROOT);
        return setting.isEmpty() || TRUE.contains(setting) || FALSE.contains(setting);
    }
}
