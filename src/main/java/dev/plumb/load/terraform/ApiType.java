package dev.plumb.load.terraform;

/**
 * The Kubernetes type a provider resource creates.
 *
 * @param fixedName the object's name when the provider decides it rather than the code (the
 *                  namespace's "default" ServiceAccount); null when the code names it
 */
record ApiType(String apiVersion, String kind, String fixedName) {

    ApiType(String apiVersion, String kind) {
        this(apiVersion, kind, null);
    }
}
