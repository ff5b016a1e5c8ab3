package dev.plumb.rules.secrets;

import java.util.regex.Pattern;

/**
 * Password hashes in the formats servers verify against: PHC strings ({@code $argon2id$…}), crypt
 * ({@code $2b$…}, {@code $6$…}, {@code $apr1$…}), LDAP ({@code {SSHA}…}) and Django's
 * ({@code pbkdf2_sha256$…}). Applications ask for these in their configuration precisely so that
 * the configuration holds no password (Vaultwarden's ADMIN_TOKEN, Authelia's users file).
 */
final class PasswordHashes {

    private static final Pattern HASH = Pattern.compile(
            "\\$(?:argon2(?:id|i|d)|scrypt|pbkdf2[A-Za-z0-9-]*|bcrypt|2[abxy]|[156]|apr1|y|7)\\$\\S{16,}"
                    + "|\\{(?:S?SHA(?:256|512)?|CRYPT|ARGON2|PBKDF2[A-Za-z0-9-]*)}\\S{16,}"
                    + "|(?:pbkdf2_sha256|pbkdf2_sha1|argon2|bcrypt_sha256)\\$\\S{16,}");

    private PasswordHashes() {
    }

    static boolean isHash(String value) {
        return HASH.matcher(value.trim()).matches();
    }
}
