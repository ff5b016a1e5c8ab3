package dev.plumb.model;

/** What a file is, as discovery classifies it; it decides the loader that claims the file. */
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
    /** A Terraform or OpenTofu configuration file: HCL, loaded for its {@code kubernetes_*} resources. */
    TERRAFORM,
    /** {@code helmfile.yaml}, {@code helmfile.d/*}, and the {@code .gotmpl} values files helmfile renders. */
    HELMFILE,
    /** A playbook, a role's file, an inventory, {@code group_vars}/{@code host_vars}, {@code ansible.cfg}. */
    ANSIBLE,
    /** A Docker Compose file. */
    COMPOSE,
    /** Any other readable text file. */
    TEXT
}
