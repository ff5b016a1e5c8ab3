package dev.plumb.engine;

/** A rule that threw on some object: the scan goes on, and the operator is told which check did not run where. */
public record RuleFailure(String ruleId, String where, String error) {

    public String describe() {
        return "rule " + ruleId + " could not check " + where + " (" + error + ")";
    }
}
