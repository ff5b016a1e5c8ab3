package dev.plumb.load.helmfile;

/** A {@code repositories:} entry: charts named {@code name/chart} come from {@code url}. */
record Repository(String name, String url, boolean oci) {

    /** The repository as Helm addresses it: OCI registries with their scheme. */
    String address() {
        return oci && !url.startsWith("oci://") ? "oci://" + url : url;
    }
}
