package dev.tempo;

/** A rule failed while assessing a project; the message names the rule and what it was looking at. */
public class RuleFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public RuleFailedException(String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    /** The id (or name) of the rule that failed. */
    public String ruleId() {
        return ruleId;
    }
}
