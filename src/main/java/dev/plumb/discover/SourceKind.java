package dev.plumb.discover;

/** What a file is, which decides the loader that reads it. */
public enum SourceKind {
    /** A {@code .yaml}, {@code .yml} or {@code .json} file not claimed by a more specific kind. */
    YAML,
    /** A file of a Helm chart outside {@code templates/}: Chart.yaml, values files, .helmignore. */
    HELM_CHART_FILE,
    /** A file under a chart's {@code templates/}: Go-template text, not YAML until rendered. */
    HELM_TEMPLATE,
    /** {@code kustomization.yaml}, {@code kustomization.yml} or {@code Kustomization}. */
    KUSTOMIZATION,
    /** A file a kustomization applies as a patch: a partial object, not a resource of its own. */
    KUSTOMIZE_PATCH,
    /** A Terraform configuration file ({@code .tf}): HCL, loaded for its {@code kubernetes_*} resources. */
    TERRAFORM,
    /** Any other readable text file. */
    TEXT
}
