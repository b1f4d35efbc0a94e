package fi.kohtaamo.workshop.control;

/**
 * A scheduling request that cannot be accepted, with the form field it concerns and the message key that explains
 * it. Nothing has been saved when it is thrown.
 */
public class WorkshopProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public WorkshopProblem(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
