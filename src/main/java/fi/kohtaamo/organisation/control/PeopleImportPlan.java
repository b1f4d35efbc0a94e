package fi.kohtaamo.organisation.control;

import fi.kohtaamo.organisation.control.PeopleImportMapping.Field;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What an HR file would change in Kohtaamo, worked out by {@link PeopleImportDiff} before anything changes: the people
 * to add, to change field by field, to move and to deactivate, the units to add, and every row that stops the import
 * with its line number and reason. An import with any bad row changes nothing.
 */
public record PeopleImportPlan(
        List<NewPerson> additions,
        List<PersonChange> changes,
        List<Move> moves,
        List<Deactivation> deactivations,
        List<NewUnit> units,
        List<Problem> problems,
        int unchanged)
        implements Serializable {

    /** Whether the file matches the full list of people, so that the people it leaves out are deactivated. */
    public enum Mode {
        /** The file lists everyone: people it leaves out are deactivated. */
        FULL,
        /** The file lists some people: nobody else is touched. */
        PARTIAL
    }

    /** A person the file adds. */
    public record NewPerson(
            long line,
            String employeeNumber,
            String firstName,
            String lastName,
            String email,
            String username,
            String unitCode,
            Set<String> supervisedCodes,
            String language,
            LocalDate startDate)
            implements Serializable {

        public String getFullName() {
            return firstName + " " + lastName;
        }
    }

    /** One field of a person, before and after. */
    public record FieldChange(Field field, String before, String after) implements Serializable {}

    /** A person whose fields the file changes; {@code label} is their name and username as Kohtaamo holds them. */
    public record PersonChange(long line, long personId, String label, List<FieldChange> fields)
            implements Serializable {}

    /** A person the file moves from one unit to another. */
    public record Move(long line, long personId, String label, String fromUnit, String toUnit)
            implements Serializable {}

    /** A person to deactivate: {@code line} is 0 when a full file leaves them out, else the row that says so. */
    public record Deactivation(long line, long personId, String label, String unitCode) implements Serializable {}

    /** A unit the file adds, under a parent that exists or that the file adds before it. */
    public record NewUnit(long line, String code, String name, String parentCode, UnitKind kind)
            implements Serializable {}

    /** Why a row stops the import; the message key is {@code peopleImport.reason.<NAME>}. */
    public enum Reason {
        MISSING,
        INVALID_EMAIL,
        DUPLICATE_EMAIL,
        EMAIL_TAKEN,
        TWO_ROWS_FOR_ONE_PERSON,
        UNKNOWN_UNIT,
        UNKNOWN_PARENT_UNIT,
        NO_UNITS_UNDER_TEAM,
        INVALID_UNIT_CODE,
        INVALID_USERNAME,
        DUPLICATE_USERNAME,
        USERNAME_TAKEN,
        INVALID_LANGUAGE,
        INVALID_YES_NO,
        INVALID_DATE,
        TOO_LONG
    }

    /**
     * A bad row: its line (the header is line 1), the field and value at fault, and the reason. {@code other} is what
     * the value clashes with, where there is something: the other line's number, or the person's label.
     */
    public record Problem(long line, Field field, String value, Reason reason, String other) implements Serializable {

        /** The reason in words: {0} the value, {1} the field's name, {2} what it clashes with. */
        public String message(ResourceBundle bundle) {
            return new MessageFormat(bundle.getString("peopleImport.reason." + reason.name()), bundle.getLocale())
                    .format(new Object[] {value, bundle.getString(field.key()), other == null ? "" : other});
        }
    }

    /** The English messages, as the API answers them. */
    public static ResourceBundle english() {
        return ResourceBundle.getBundle("fi.kohtaamo.i18n.messages", Locale.ROOT);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Whether applying the plan would change nothing. */
    public boolean isEmpty() {
        return additions.isEmpty()
                && changes.isEmpty()
                && moves.isEmpty()
                && deactivations.isEmpty()
                && units.isEmpty();
    }
}
