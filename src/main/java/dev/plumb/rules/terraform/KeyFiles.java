package dev.plumb.rules.terraform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells from a path (and, when the repository holds the file, from its text) whether a file is key
 * or credential material: private keys, keystores, password databases, kubeconfigs, cloud
 * credentials, {@code .env} files. Public halves ({@code .pub}, {@code .crt}) and certificate
 * bundles are not: a CA bundle in a ConfigMap is how Kubernetes itself publishes trust
 * ({@code kube-root-ca.crt}).
 */
final class KeyFiles {

    /** A part of the path plumb cannot know ({@code ${var.dir}}), so names never match across it. */
    static final char UNKNOWN = '\u0000';

    private static final Pattern GIT_CRYPT = Pattern.compile("(^|/)\\.?git-crypt/keys(/|$)|(^|/)git-crypt[-_.]?key[^/]*$");
    private static final Pattern SSH_KEY = Pattern.compile("^(id_(rsa|dsa|ecdsa|ed25519)(_sk)?|ssh_host_\\w+_key)([-_.][\\w.-]*)?$");
    private static final Pattern KUBECONFIG = Pattern.compile("^(kubeconfig([-_.][\\w.-]*)?|[\\w.-]+\\.kubeconfig|k3s\\.ya?ml)$");
    private static final Pattern CLOUD_CREDENTIALS = Pattern.compile(
            "^(credentials([-_.][\\w-]*)?\\.json|client_secrets?([-_.][\\w-]*)?\\.json|service[-_]?account([-_.][\\w-]*)?\\.json"
                    + "|([\\w.-]+[-_])?(sa[-_])?key\\.json|application_default_credentials\\.json)$");
    private static final Pattern DOT_ENV = Pattern.compile("^\\.env(\\.[\\w-]+)?$");
    private static final Pattern ENV_TEMPLATE = Pattern.compile("\\.(example|sample|template|tpl|dist|defaults?)$");
    /** Words in a PEM file's name that say it holds certificates, unless "key" or "priv" says otherwise. */
    private static final Set<String> CERTIFICATE_WORDS = Set.of("ca", "cacert", "cacerts", "rootca", "cert", "certs",
            "certificate", "certificates", "crt", "chain", "fullchain", "bundle", "trust", "root", "intermediate",
            "pub", "public");
    private static final Set<String> KEY_WORDS = Set.of("key", "privkey", "private", "priv");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^a-z0-9]+");

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("key", "private key"),
            Map.entry("p8", "private key"),
            Map.entry("ppk", "PuTTY private key"),
            Map.entry("p12", "PKCS#12 keystore"),
            Map.entry("pfx", "PKCS#12 keystore"),
            Map.entry("jks", "Java keystore"),
            Map.entry("keystore", "Java keystore"),
            Map.entry("kdbx", "KeePass database"),
            Map.entry("agekey", "age identity"),
            Map.entry("keytab", "Kerberos keytab"));
    private static final Map<String, String> BY_NAME = Map.of(
            ".netrc", "password file", ".pgpass", "password file", ".htpasswd", "password file",
            "htpasswd", "password file", ".vault-token", "Vault token", ".git-credentials", "Git credentials file");

    private KeyFiles() {
    }

    /**
     * What the file is ("SSH private key", "kubeconfig"…), or null when it is not key material or
     * its name is not known.
     *
     * @param path as written, with {@link #UNKNOWN} where the path had an expression
     * @param text the file's text when the repository holds it, else null
     */
    static String describe(String path, String text) {
        String lower = path.toLowerCase(Locale.ROOT);
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? "" : name.substring(dot + 1);
        boolean pemLike = extension.equals("pem") || extension.equals("crt") || extension.equals("cer") || extension.equals("key");
        if (text != null && pemLike) {
            // The text settles it: a "ca.pem" with a key inside is a key, a "tls.pem" of certificates is not.
            if (text.contains("PRIVATE KEY-----")) {
                return "private key";
            }
            if (text.contains("-----BEGIN CERTIFICATE-----")) {
                return null;
            }
        }
        if (GIT_CRYPT.matcher(lower).find()) {
            return "git-crypt key";
        }
        if (lower.endsWith("/.kube/config") || lower.equals(".kube/config") || lower.endsWith("/.aws/credentials")
                || lower.equals(".aws/credentials")) {
            return lower.endsWith("config") ? "kubeconfig" : "cloud credentials file";
        }
        if (name.indexOf(UNKNOWN) >= 0) {
            // "${var.name}.key": the extension still says what it is; a name cannot.
            return extension.indexOf(UNKNOWN) < 0 ? BY_EXTENSION.get(extension) : null;
        }
        if (SSH_KEY.matcher(name).matches() && !name.endsWith(".pub")) {
            return "SSH private key";
        }
        if (KUBECONFIG.matcher(name).matches()) {
            return "kubeconfig";
        }
        if (CLOUD_CREDENTIALS.matcher(name).matches()) {
            return "cloud credentials file";
        }
        if (DOT_ENV.matcher(name).matches() && !ENV_TEMPLATE.matcher(name).find()) {
            return ".env file";
        }
        if (extension.equals("pem")) {
            // Not in the repository and named like a certificate ("ca-bundle.pem"): public. Otherwise it may hold a key.
            List<String> words = List.of(WORD_SEPARATOR.split(name.substring(0, dot)));
            return words.stream().anyMatch(CERTIFICATE_WORDS::contains) && words.stream().noneMatch(KEY_WORDS::contains)
                    ? null : "PEM file";
        }
        String byName = BY_NAME.get(name);
        return byName != null ? byName : BY_EXTENSION.get(extension);
    }
}
