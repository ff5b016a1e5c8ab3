package dev.plumb.model;

/**
 * Where a resource came from: the file, the line its document starts on, and which loader made it,
 * so reports can say how an object entered the platform and rules can tell a Terraform resource
 * from a manifest.
 *
 * @param module    the Terraform module call that created the object ({@code module.grafana_ingress},
 *                  nested calls joined: {@code module.apps.module.ingress}); "" for objects of a root
 *                  stack and for every other loader
 * @param templated the object stands for instances plumb did not enumerate ({@code count},
 *                  {@code for_each}, {@code dynamic} blocks): one instance was read
 */
public record Origin(String file, int line, String loader, String module, boolean templated) {

    public static final String YAML = "yaml";
    /** A typed {@code kubernetes_*} resource of a Terraform file: its apiVersion comes with the provider's type. */
    public static final String TERRAFORM = "terraform";
    /** An object written whole in a Terraform {@code kubernetes_manifest}: its apiVersion is the operator's. */
    public static final String TERRAFORM_MANIFEST = "terraform-manifest";

    public Origin(String file, int line, String loader) {
        this(file, line, loader, "", false);
    }

    public boolean fromTerraform() {
        return loader.equals(TERRAFORM) || loader.equals(TERRAFORM_MANIFEST);
    }

    /** True when a module call created the object, so findings about it must name the call. */
    public boolean fromModule() {
        return !module.isEmpty();
    }
}
