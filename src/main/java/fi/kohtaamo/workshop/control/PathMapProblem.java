package fi.kohtaamo.workshop.control;

import java.util.List;

/**
 * A customer-path map, or a change to one, that cannot be kept: the field it concerns ({@code touchpoints[2].emotion}),
 * the message key that explains it and the message's arguments. Nothing has been saved when it is thrown.
 */
public class PathMapProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public PathMapProblem(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
