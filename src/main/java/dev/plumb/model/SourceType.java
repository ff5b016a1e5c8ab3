package dev.plumb.model;

/** The kinds of infrastructure source an operator recognises, as coverage counts them. */
public enum SourceType {
    KUBERNETES("kubernetes", "Kubernetes manifest", "Kubernetes manifests"),
    HELM("helm", "Helm chart file", "Helm chart files"),
    HELMFILE("helmfile", "helmfile file", "helmfile files"),
    KUSTOMIZE("kustomize", "Kustomize file", "Kustomize files"),
    TERRAFORM("terraform", "Terraform file", "Terraform files"),
    ANSIBLE("ansible", "Ansible file", "Ansible files"),
    COMPOSE("compose", "Compose file", "Compose files");

    private final String key;
    private final String one;
    private final String many;

    SourceType(String key, String one, String many) {
        this.key = key;
        this.one = one;
        this.many = many;
    }

    /** The name JSON uses. */
    public String key() {
        return key;
    }

    /** "1 Ansible file", "46 Ansible files". */
    public String count(int files) {
        return files + " " + (files == 1 ? one : many);
    }
}
