package fi.kohtaamo.casework.control;

/**
 * A step on a case that cannot be taken, with the form field it concerns and the message key that explains it.
 * Nothing has been saved when it is thrown.
 */
public class CaseProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CaseProblem(String field, String messageKey) {
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
