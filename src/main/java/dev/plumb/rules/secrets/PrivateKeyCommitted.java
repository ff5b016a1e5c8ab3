package dev.plumb.rules.secrets;

import dev.plumb.model.Platform;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.Set;

@RuleInfo(
        id = "private-key-committed",
        title = "Private key committed to the repository",
        category = Category.SECURITY,
        severity = Severity.CRITICAL,
        effort = Effort.M,
        rationale = "A private key in Git is readable by everyone with access to the repository, to any fork or "
                + "clone, and stays in its history after the file is deleted. Whoever holds it can log in as the "
                + "deploy user, impersonate the TLS site, sign as the CA or decrypt the SOPS files it protects. "
                + "A passphrase only slows an offline attack on it down.",
        fix = """
                Revoke the key and issue a new one (new SSH key pair, new certificate, new age identity), then \
                keep the private half out of Git: in a secret store, in a SOPS-encrypted Secret or a \
                SealedSecret, or created on the host. Remove it from history with `git filter-repo` if the \
                repository is shared, and add the file name to `.gitignore`.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
            "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository"
        })
public final class PrivateKeyCommitted implements PlatformRule {

    /**
     * Directories of test data: keys there are throw-away fixtures. Matched against whole directory
     * segments of the path relative to the scanned root, so "contest/" or "specs-archive/" do not count.
     */
    private static final Set<String> TEST_DIRECTORIES = Set.of(
            "test", "tests", "testdata", "test-data", "fixtures", "__fixtures__", "__tests__", "spec");

    @Override
    public void check(Platform platform, Findings findings) {
        for (TextFile file : platform.textFiles()) {
            if (!PrivateKeys.mayContain(file.text()) || isTestData(file.path())) {
                continue;
            }
            for (PrivateKeys.Found key : PrivateKeys.in(file.text())) {
                findings.report(file.positionOf(key.line()), file.name() + " holds " + describe(key));
            }
        }
    }

    static boolean isTestData(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (TEST_DIRECTORIES.contains(segments[i])) {
                return true;
            }
        }
        return false;
    }

    private static String describe(PrivateKeys.Found key) {
        String state = key.encrypted() == null ? "" : key.encrypted() ? "an encrypted " : "an unencrypted ";
        String article = state.isEmpty() ? (key.type().matches("(?i)^[aeiou].*|^RSA.*") ? "an " : "a ") : state;
        String what = key.type().equals("age") ? "age secret key (it decrypts every file encrypted to it)"
                : key.type() + " private key";
        return article + what + (key.base64() ? ", base64-encoded" : "");
    }
}
