package fi.kohtaamo.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.organisation.control.PeopleImportDiff.KnownPerson;
import fi.kohtaamo.organisation.control.PeopleImportDiff.KnownUnit;
import fi.kohtaamo.organisation.control.PeopleImportDiff.Row;
import fi.kohtaamo.organisation.control.PeopleImportMapping.Field;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Deactivation;
import fi.kohtaamo.organisation.control.PeopleImportPlan.FieldChange;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Mode;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Move;
import fi.kohtaamo.organisation.control.PeopleImportPlan.NewUnit;
import fi.kohtaamo.organisation.control.PeopleImportPlan.Problem;
import fi.kohtaamo.organisation.entity.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The difference between an HR file and what Kohtaamo holds: each kind of change, and each kind of bad row reported
 * with its line and the message the person uploading reads (the English texts, as the API answers them).
 */
class PeopleImportDiffTest {

    private static final List<String> HEADERS = List.of(
            "Henkilönumero",
            "Etunimi",
            "Sukunimi",
            "Sähköposti",
            "Yksikkö",
            "Esihenkilö",
            "Kieli",
            "Aktiivinen",
            "Aloituspäivä");

    private static final List<KnownUnit> UNITS = List.of(
            new KnownUnit("ORG", UnitKind.ORGANISATION),
            new KnownUnit("HKI", UnitKind.UNIT),
            new KnownUnit("TKU", UnitKind.UNIT),
            new KnownUnit("HKI-T1", UnitKind.TEAM));

    private static final KnownPerson ANNA = new KnownPerson(
            1,
            "1001",
            "anna.virtanen",
            "anna.virtanen@example.fi",
            "Anna",
            "Virtanen",
            "HKI",
            Set.of(),
            "fi",
            true,
            false);
    private static final KnownPerson BO = new KnownPerson(
            2, null, "bo.lind", "bo.lind@example.fi", "Bo", "Lind", "TKU", Set.of("TKU"), "sv", true, false);
    private static final KnownPerson ADMIN =
            new KnownPerson(3, null, "admin", "admin@example.fi", "Ada", "Admin", "ORG", Set.of(), "en", true, true);

    private static final List<KnownPerson> PEOPLE = List.of(ANNA, BO, ADMIN);

    private static PeopleImportPlan plan(Mode mode, List<String> headers, String... rows) {
        List<Row> parsed = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            parsed.add(new Row(i + 2, List.of(rows[i].split(";", -1))));
        }
        return new PeopleImportDiff(PeopleImportMapping.propose(headers), PEOPLE, UNITS, "ORG").plan(parsed, mode);
    }

    private static PeopleImportPlan plan(Mode mode, String... rows) {
        return plan(mode, HEADERS, rows);
    }

    private static List<String> messages(PeopleImportPlan plan) {
        return plan.problems().stream()
                .map(p -> p.line() + ": " + p.message(PeopleImportPlan.english()))
                .toList();
    }

    @Test
    void finnishHeadersAreProposedIntoTheMapping() {
        PeopleImportMapping mapping = PeopleImportMapping.propose(List.of(
                "Henkilönumero",
                "Etunimi",
                "Sukunimi",
                "Sähköposti",
                "Käyttäjätunnus",
                "Yksikkö",
                "Yksikön nimi",
                "Yläyksikkö",
                "Esihenkilö",
                "Kieli",
                "Aktiivinen",
                "Aloituspäivä"));

        assertThat(mapping.missing()).isEmpty();
        assertThat(mapping.columns()).hasSize(12).containsEntry(Field.EMAIL, 3).containsEntry(Field.START_DATE, 11);
        assertThat(PeopleImportMapping.propose(List.of("Förnamn", "Efternamn", "E-post", "Enhet", "Anställningsnummer"))
                        .columns())
                .containsEntry(Field.FIRST_NAME, 0)
                .containsEntry(Field.EMAIL, 2)
                .containsEntry(Field.UNIT, 3)
                .containsEntry(Field.EMPLOYEE_NUMBER, 4);
        assertThat(PeopleImportMapping.propose(List.of("First name", "Last name", "Email", "Unit code"))
                        .missing())
                .isEmpty();
        assertThat(PeopleImportMapping.propose(List.of("First name", "Email")).missing())
                .containsExactly(Field.LAST_NAME, Field.UNIT);
    }

    @Test
    void aSavedMappingRestoresByColumnNameAndOnlyWhenEveryColumnIsThere() {
        PeopleImportMapping mapping = PeopleImportMapping.propose(HEADERS);
        String saved = mapping.save(HEADERS);
        List<String> reordered = new ArrayList<>(HEADERS);
        java.util.Collections.reverse(reordered);

        assertThat(PeopleImportMapping.restore(saved, reordered).orElseThrow().column(Field.EMAIL))
                .isEqualTo(reordered.indexOf("Sähköposti"));
        assertThat(PeopleImportMapping.restore(saved, HEADERS.subList(0, 4))).isEmpty();
    }

    @Test
    void aPersonKohtaamoDoesNotHoldIsAddedWithAUsernameFromTheirEmail() {
        PeopleImportPlan plan = plan(
                Mode.PARTIAL,
                "1003;Cecilia;Ek;Cecilia.Ek@example.fi;hki;kyllä;svenska;kyllä;1.2.2027",
                ANNA_ROW,
                BO_ROW);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.additions()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.username()).isEqualTo("cecilia.ek");
            assertThat(p.unitCode()).isEqualTo("HKI");
            assertThat(p.supervisedCodes()).containsExactly("HKI");
            assertThat(p.language()).isEqualTo("sv");
            assertThat(p.employeeNumber()).isEqualTo("1003");
            assertThat(p.startDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        });
        assertThat(plan.unchanged()).isEqualTo(2);
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.moves()).isEmpty();
        assertThat(plan.deactivations()).isEmpty();
    }

    /** Anna and Bo as Kohtaamo holds them: a file of these rows changes nothing. */
    private static final String ANNA_ROW = "1001;Anna;Virtanen;anna.virtanen@example.fi;HKI;ei;fi;kyllä;";

    private static final String BO_ROW = ";Bo;Lind;bo.lind@example.fi;TKU;kyllä;sv;kyllä;";

    @Test
    void theSameFileAsKohtaamoHoldsChangesNothingEvenInFull() {
        PeopleImportPlan plan = plan(Mode.FULL, ANNA_ROW, BO_ROW);

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.valid()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(2);
    }

    @Test
    void changesAreListedFieldByFieldOldToNew() {
        PeopleImportPlan plan = plan(
                Mode.PARTIAL,
                "1001;Anna;Korhonen;anna.korhonen@example.fi;HKI;kyllä;en;kyllä;",
                "2002;Bo;Lind;bo.lind@example.fi;TKU;ei;sv;;");

        assertThat(plan.changes()).hasSize(2);
        assertThat(plan.changes().get(0).label()).isEqualTo("Anna Virtanen (anna.virtanen)");
        assertThat(plan.changes().get(0).fields())
                .containsExactly(
                        new FieldChange(Field.LAST_NAME, "Virtanen", "Korhonen"),
                        new FieldChange(Field.EMAIL, "anna.virtanen@example.fi", "anna.korhonen@example.fi"),
                        new FieldChange(Field.LANGUAGE, "fi", "en"),
                        new FieldChange(Field.SUPERVISES, "", "HKI"));
        assertThat(plan.changes().get(1).fields())
                .as("Bo is found by email and gets his employee number; he no longer supervises")
                .containsExactly(
                        new FieldChange(Field.EMPLOYEE_NUMBER, "", "2002"),
                        new FieldChange(Field.SUPERVISES, "TKU", ""));
    }

    @Test
    void aPersonInAnotherUnitIsMovedAndAnInactiveOneMarkedActiveIsReactivated() {
        KnownPerson inactive =
                new KnownPerson(4, "1004", "dan", "dan@example.fi", "Dan", "Berg", "TKU", Set.of(), "fi", false, false);
        PeopleImportPlan plan = new PeopleImportDiff(
                        PeopleImportMapping.propose(HEADERS), List.of(ANNA, inactive), UNITS, "ORG")
                .plan(
                        List.of(
                                new Row(
                                        2,
                                        List.of(ANNA_ROW.replace(";HKI;", ";TKU;")
                                                .split(";", -1))),
                                new Row(3, List.of("1004", "Dan", "Berg", "dan@example.fi", "TKU", "", "", "yes", ""))),
                        Mode.PARTIAL);

        assertThat(plan.moves()).containsExactly(new Move(2, 1, "Anna Virtanen (anna.virtanen)", "HKI", "TKU"));
        assertThat(plan.changes())
                .singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly(new FieldChange(Field.ACTIVE, "no", "yes")));
    }

    @Test
    void aFullFileDeactivatesWhomItLeavesOutButNotAdministratorsAndAPartialFileNobody() {
        assertThat(plan(Mode.FULL, ANNA_ROW).deactivations())
                .containsExactly(new Deactivation(0, 2, "Bo Lind (bo.lind)", "TKU"));
        assertThat(plan(Mode.PARTIAL, ANNA_ROW).deactivations()).isEmpty();
        assertThat(plan(Mode.PARTIAL, ANNA_ROW, BO_ROW.replace("kyllä;sv;kyllä", "kyllä;sv;ei"))
                        .deactivations())
                .as("a row that says inactive")
                .containsExactly(new Deactivation(3, 2, "Bo Lind (bo.lind)", "TKU"));
    }

    @Test
    void aFullFileScopedToAUnitDeactivatesOnlyThePeopleOfThatUnit() {
        List<Row> rows = List.of(new Row(2, List.of(ANNA_ROW.split(";", -1))));
        PeopleImportDiff diff = new PeopleImportDiff(PeopleImportMapping.propose(HEADERS), PEOPLE, UNITS, "ORG");

        assertThat(diff.scopedTo(Set.of("HKI", "HKI-T1")).plan(rows, Mode.FULL).deactivations())
                .isEmpty();
        assertThat(new PeopleImportDiff(PeopleImportMapping.propose(HEADERS), PEOPLE, UNITS, "ORG")
                        .scopedTo(Set.of("TKU"))
                        .plan(rows, Mode.FULL)
                        .deactivations())
                .extracting(Deactivation::personId)
                .containsExactly(2L);
    }

    @Test
    void unitsTheFileNamesAreAddedParentsFirstAndTheirKindFollowsTheParent() {
        List<String> headers = List.of("Etunimi", "Sukunimi", "Sähköposti", "Yksikkö", "Yksikön nimi", "Yläyksikkö");
        PeopleImportPlan plan = plan(
                Mode.PARTIAL,
                headers,
                "Eva;Ek;eva@example.fi;ESP-T1;Espoo tiimi 1;ESP",
                "Frans;Falk;frans@example.fi;ESP;Espoo;",
                "Gun;Grön;gun@example.fi;HKI;Helsinki;");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.units())
                .containsExactly(
                        new NewUnit(3, "ESP", "Espoo", "ORG", UnitKind.UNIT),
                        new NewUnit(2, "ESP-T1", "Espoo tiimi 1", "ESP", UnitKind.TEAM));
        assertThat(plan.additions()).extracting(p -> p.unitCode()).containsExactly("ESP-T1", "ESP", "HKI");
    }

    @Test
    void everyBadRowIsNamedWithItsLineAndReason() {
        PeopleImportPlan plan = plan(
                Mode.FULL,
                "1001;Anna;Virtanen;bo.lind@example.fi;HKI;;;;",
                ";Eero;;eero@example.fi;HKI;;;;",
                ";Eila;Aho;eila.example.fi;HKI;;;;",
                ";Elsa;Aho;elsa@example.fi;XYZ;;;;",
                ";Emil;Aho;emil@example.fi;;;;;",
                "1001;Anna;Virtanen;anna.virtanen@example.fi;HKI;;;;",
                ";Erik;Aho;erik@example.fi;HKI;;;;",
                ";Ester;Aho;ERIK@example.fi;HKI;maybe;klingon;joo;31.2.2027");

        assertThat(messages(plan))
                .containsExactly(
                        "2: The email bo.lind@example.fi belongs to Bo Lind (bo.lind), another person in Kohtaamo.",
                        "3: The last name is missing: every row needs one.",
                        "4: “eila.example.fi” is not an email address.",
                        "5: There is no unit with the code XYZ in Kohtaamo or in the file.",
                        "6: The unit code is missing: every row needs one.",
                        "7: Line 2 is for the same person (1001): keep one row per person.",
                        "9: “klingon” is not a language: write fi, sv or en.",
                        "9: “joo” is neither yes nor no (the active (yes/no)).",
                        "9: “maybe” is neither yes nor no (the supervisor (yes/no)).",
                        "9: “31.2.2027” is not a date: write 31.12.2026 or 2026-12-31.",
                        "9: The email ERIK@example.fi is also on line 8: two people cannot share one.");
        assertThat(plan.valid()).isFalse();
        assertThat(plan.deactivations())
                .as("people on bad rows are still in the file: only Bo is left out")
                .extracting(Deactivation::personId)
                .containsExactly(2L);
    }

    @Test
    void badUsernamesUnitCodesAndParentsAreNamed() {
        List<String> headers =
                List.of("Etunimi", "Sukunimi", "Sähköposti", "Käyttäjätunnus", "Yksikkö", "Yksikön nimi", "Yläyksikkö");
        PeopleImportPlan plan = plan(
                Mode.PARTIAL,
                headers,
                "Eva;Ek;eva@example.fi;Eva Ek;HKI;;",
                "Anna;Virtanen;anna.virtanen@example.fi;bo.lind;HKI;;",
                "Gun;Grön;gun@example.fi;gun;NEW UNIT;Uusi;",
                "Hans;Holm;hans@example.fi;hans;VAN-T1;Vantaa tiimi;VAN",
                "Ida;Ivar;ida@example.fi;ida;HKI-T1-A;Alatiimi;HKI-T1",
                "Jan;Jansson;jan@example.fi;gun;HKI;;");

        assertThat(messages(plan))
                .containsExactly(
                        "2: “eva ek” is not a username: 3 to 80 lower-case letters, digits, dots, hyphens or underscores.",
                        "3: The username bo.lind is already taken: Bo Lind (bo.lind).",
                        "4: “NEW UNIT” is not a unit code: at most 40 letters, digits, dots, hyphens or underscores.",
                        "5: There is no parent unit with the code “VAN” in Kohtaamo or in the file.",
                        "6: The parent unit HKI-T1 is a team, and a team has no units under it.",
                        "7: The username gun is also on line 4.");
    }

    @Test
    void aNameLongerThanPersonHoldsIsTooLong() {
        PeopleImportPlan plan = plan(Mode.PARTIAL, ";" + "A".repeat(101) + ";Aho;a@example.fi;HKI;;;;");

        assertThat(messages(plan)).containsExactly("2: The first name is too long.");
    }

    @Test
    void derivedUsernamesAreNumberedWhenTaken() {
        assertThat(PeopleImportDiff.derivedUsername("Anna.Virtanen@example.fi", Set.of("anna.virtanen")))
                .isEqualTo("anna.virtanen2");
        assertThat(PeopleImportDiff.derivedUsername("jo@example.fi", Set.of())).isEqualTo("jou");
    }

    @Test
    void problemsReadInFinnishAndSwedishToo() {
        Problem problem = plan(Mode.PARTIAL, ";Elsa;Aho;elsa@example.fi;XYZ;;;;")
                .problems()
                .get(0);

        assertThat(problem.message(java.util.ResourceBundle.getBundle(
                        "fi.kohtaamo.i18n.messages", java.util.Locale.forLanguageTag("fi"))))
                .isEqualTo("Koodilla XYZ ei ole yksikköä Kohtaamossa eikä tiedostossa.");
        assertThat(problem.message(java.util.ResourceBundle.getBundle(
                        "fi.kohtaamo.i18n.messages", java.util.Locale.forLanguageTag("sv"))))
                .isEqualTo("Det finns ingen enhet med koden XYZ i Kohtaamo eller i filen.");
    }
}
