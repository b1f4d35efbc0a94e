package fi.kohtaamo.survey.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.platform.imports.ImportFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visit file for survey invitations finds its unit column by the same names as a response import
 * ({@link ImportMapping.Field#UNIT}), so a column that an import recognises is never refused here.
 */
class VisitFileTest {

    @TempDir
    Path folder;

    @Test
    void everyUnitNameThatAnImportRecognisesWorksInAVisitFile() throws IOException {
        for (String unitColumn : List.of("Toimipaikka", "Butik", "Verksamhetsställe", "Store", "Site", "Yksikkö")) {
            List<Invitations.Visit> visits = Invitations.readVisits(
                    file(unitColumn + ";Käyntiaika;Sähköposti\nHKI-KAMPPI;2026-11-22 14:05;asiakas@example.com\n"));

            assertThat(visits)
                    .as(unitColumn)
                    .containsExactly(new Invitations.Visit(
                            "HKI-KAMPPI", LocalDateTime.of(2026, 11, 22, 14, 5), "asiakas@example.com", null, null));
        }
    }

    @Test
    void aFileWithoutAUnitColumnIsRefusedWithItsReason() throws IOException {
        Path file = file("Kauppa;Käyntiaika;Sähköposti\nHKI-KAMPPI;2026-11-22 14:05;asiakas@example.com\n");

        assertThatThrownBy(() -> Invitations.readVisits(file))
                .isInstanceOf(ImportFile.Unreadable.class)
                .extracting(e -> ((ImportFile.Unreadable) e).reason())
                .isEqualTo("visitColumns");
    }

    private Path file(String text) throws IOException {
        Path file = Files.createTempFile(folder, "visits", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
