package dev.plumb.rules.secrets;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings that choose how users log in rather than whether they must: {@code DISABLE_PASSWORD_AUTH=true}
 * next to {@code OAUTH_CLIENT_ID} turns the local password form off so that everyone signs in through
 * the identity provider. Authentication stays on, it only moves.
 */
final class LoginMethods {

    /** A switch that names one way of logging in: password, local, basic or form login. */
    private static final Pattern METHOD_SWITCH = Pattern.compile(
            ".*(?:password|passwd|local|basic|form|builtin|internal|signup)(?:auth|login|signin).*");
    /** Settings of an OAuth, OIDC or SAML login: Grafana's GENERIC_OAUTH_*, Open WebUI's OAUTH_*, SSO_*. */
    private static final Pattern SINGLE_SIGN_ON = Pattern.compile("(?:genericoauth|oauth|oidc|openid|sso|saml|authentik|keycloak).*");
    private static final Set<String> OFF = Set.of("false", "no", "0", "off", "disabled", "none", "");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]");

    private LoginMethods() {
    }

    /** Whether {@code name} switches one login method, not authentication as a whole. */
    static boolean switchesMethod(String name) {
        return METHOD_SWITCH.matcher(normalize(name)).matches();
    }

    /** Whether these settings (name to value) configure a single sign-on that is not itself switched off. */
    static boolean singleSignOnIn(Map<String, String> settings) {
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String name = normalize(setting.getKey());
            String value = setting.getValue() == null ? "" : setting.getValue().trim().toLowerCase(Locale.ROOT);
            if (SINGLE_SIGN_ON.matcher(name).matches() && !OFF.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String name) {
        return SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
