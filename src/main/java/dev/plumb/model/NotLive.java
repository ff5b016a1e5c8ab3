package dev.plumb.model;

/**
 * Why something in the repository is not part of the running platform: retired or test content
 * (a folder named {@code deprecated/} or {@code test/}, a folder whose README says it is not in use,
 * a {@code .plumb.yaml} entry) or a Terraform module no stack calls.
 *
 * @param scope  the folder (or module) the reason applies to, root-relative
 * @param reason in words, for the operator: "folder name says retired"
 */
public record NotLive(String scope, String reason) {}
