package dev.plumb.model;

/**
 * Where a resource came from: the file, the line its document starts on, and which loader made it,
 * so reports can say how an object entered the platform and rules can tell a Terraform resource
 * from a manifest.
 */
public record Origin(String file, int line, String loader) {

    public static final String YAML = "yaml";
    /** A typed {@code kubernetes_*} resource of a Terraform file: its apiVersion comes with the provider's type. */
    public static final String TERRAFORM = "terraform";
    /** An object written whole in a Terraform {@code kubernetes_manifest}: its apiVersion is the operator's. */
    public static final String TERRAFORM_MANIFEST = "terraform-manifest";

    public boolean fromTerraform() {
        return loader.equals(TERRAFORM) || loader.equals(TERRAFORM_MANIFEST);
    }
}
