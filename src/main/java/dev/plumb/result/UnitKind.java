package dev.plumb.result;

/** What kind of thing a compliance unit is; the matrix names it so a reader knows where to look. */
public enum UnitKind {
    CHART("Helm chart"), TERRAFORM_STACK("Terraform stack"), FOLDER("folder");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
