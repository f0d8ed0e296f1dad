package uk.police.complaints.portal.journey;

import java.util.List;

/**
 * A problem with one answer: the form field to link to from the error summary, and the message key (with its
 * arguments) that says how to put it right.
 */
public record FieldError(String question, String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
