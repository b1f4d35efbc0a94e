package fi.kohtaamo.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as survey tools and Excel in a Finnish locale really write them. */
class ImportFileTest {

    @TempDir
    Path folder;

    @Test
    void finnishExcelCsvIsWindows1252WithSemicolons() throws IOException {
        Path file = write(
                "Yksikkö;Päivämäärä;Suositteluhalukkuus;Kommentti\r\nHKI;22.11.2026 14:05;9;Hyvä ja nopea\r\n",
                Charset.forName("windows-1252"),
                false);

        ImportFile csv = ImportFile.open(file);

        assertThat(csv.format()).isEqualTo(ImportFile.Format.CSV);
        assertThat(csv.charset().name()).isEqualTo("windows-1252");
        assertThat(csv.delimiter()).isEqualTo(';');
        assertThat(csv.headers()).containsExactly("Yksikkö", "Päivämäärä", "Suositteluhalukkuus", "Kommentti");
        assertThat(rows(csv)).containsExactly(List.of("HKI", "22.11.2026 14:05", "9", "Hyvä ja nopea"));
    }

    @Test
    void utf8WithByteOrderMarkKeepsTheFirstHeaderClean() throws IOException {
        Path file = write("unit,date,nps\nHKI,2026-11-22,10\n", StandardCharsets.UTF_8, true);

        ImportFile csv = ImportFile.open(file);

        assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(csv.delimiter()).isEqualTo(',');
        assertThat(csv.headers().get(0)).isEqualTo("unit");
    }

    @Test
    void utf8WithoutByteOrderMarkIsRecognised() throws IOException {
        Path file = write("yksikkö\tpäivämäärä\tnps\nHKI\t22.11.2026\t7\n", StandardCharsets.UTF_8, false);

        ImportFile csv = ImportFile.open(file);

        assertThat(csv.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(csv.delimiter()).isEqualTo('\t');
        assertThat(csv.headers()).containsExactly("yksikkö", "päivämäärä", "nps");
    }

    @Test
    void quotedFieldsKeepSeparatorsAndLineBreaks() throws IOException {
        Path file = write(
                "\"How likely are you to recommend us, 0-10?\";unit;comment\n"
                        + "8;HKI;\"Line one;\nline two, \"\"quoted\"\"\"\n"
                        + "3;ESP;short\n",
                StandardCharsets.UTF_8,
                false);

        ImportFile csv = ImportFile.open(file);

        assertThat(csv.delimiter()).isEqualTo(';');
        List<List<String>> rows = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        csv.read(
                (row, cells) -> {
                    numbers.add(row);
                    return rows.add(cells);
                },
                f -> {});
        assertThat(rows.get(0).get(2)).isEqualTo("Line one;\nline two, \"quoted\"");
        assertThat(rows.get(1)).containsExactly("3", "ESP", "short");
        assertThat(numbers).containsExactly(2L, 3L);
    }

    @Test
    void xlsxGivesDatesAsIsoAndFormulasAsTheirValues() throws IOException {
        Path file = folder.resolve("export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Vastaukset");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Yksikkö");
            header.createCell(1).setCellValue("Päivämäärä");
            header.createCell(2).setCellValue("NPS");
            header.createCell(3).setCellValue("Kommentti");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("HKI");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d.m.yyyy h:mm"));
            Cell when = row.createCell(1);
            when.setCellValue(LocalDateTime.of(2026, 11, 22, 14, 5));
            when.setCellStyle(date);
            row.createCell(2).setCellFormula("4+5");
            Row sparse = sheet.createRow(2);
            sparse.createCell(0).setCellValue("ESP");
            sparse.createCell(2).setCellValue(10);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        ImportFile xlsx = ImportFile.open(file);

        assertThat(xlsx.format()).isEqualTo(ImportFile.Format.XLSX);
        assertThat(xlsx.headers()).containsExactly("Yksikkö", "Päivämäärä", "NPS", "Kommentti");
        assertThat(rows(xlsx))
                .containsExactly(List.of("HKI", "2026-11-22T14:05", "9", ""), List.of("ESP", "", "10", ""));
    }

    @Test
    void emptyAndBinaryFilesAreRefusedWithAReason() throws IOException {
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);
        Path binary = Files.write(folder.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path brokenXlsx = Files.write(folder.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        assertThatThrownBy(() -> ImportFile.open(empty))
                .isInstanceOfSatisfying(
                        ImportFile.Unreadable.class, e -> assertThat(e.reason()).isEqualTo("empty"));
        assertThatThrownBy(() -> ImportFile.open(binary))
                .isInstanceOfSatisfying(
                        ImportFile.Unreadable.class, e -> assertThat(e.reason()).isEqualTo("format"));
        assertThatThrownBy(() -> ImportFile.open(brokenXlsx).headers())
                .isInstanceOfSatisfying(
                        ImportFile.Unreadable.class, e -> assertThat(e.reason()).isEqualTo("xlsx"));
    }

    @Test
    void programsImagesAndDocumentsRenamedAsCsvAreRefused() throws IOException {
        byte[][] others = {
            {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, // a Windows program
            "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
            "GIF89a".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, // JPEG
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, // old .xls
            "\n<!DOCTYPE html><html><body>unit;nps</body></html>".getBytes(StandardCharsets.UTF_8)
        };
        for (byte[] content : others) {
            Path file = Files.write(folder.resolve("responses.csv"), content);

            assertThatThrownBy(() -> ImportFile.open(file))
                    .as(new String(content, StandardCharsets.ISO_8859_1))
                    .isInstanceOfSatisfying(
                            ImportFile.Unreadable.class,
                            e -> assertThat(e.reason()).isEqualTo("format"));
        }
    }

    @Test
    void aZipFileThatIsNoWorkbookIsRefused() throws IOException {
        Path file = folder.resolve("responses.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("responses.csv"));
            zip.write("unit;nps\nHKI;9\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> ImportFile.open(file))
                .isInstanceOfSatisfying(
                        ImportFile.Unreadable.class, e -> assertThat(e.reason()).isEqualTo("format"));
    }

    @Test
    void aZipBombWorkbookIsRefusedAtOnceWithoutUnpackingIt() throws IOException {
        Path bomb = folder.resolve("bomb.xlsx");
        long unpacked = 200L << 20;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(9);
            for (String part : new String[] {"[Content_Types].xml", "xl/workbook.xml"}) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < unpacked; written += blanks.length) {
                zip.write(blanks);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(unpacked / 500);

        long started = System.nanoTime();
        assertThatThrownBy(() -> ImportFile.open(bomb))
                .isInstanceOfSatisfying(
                        ImportFile.Unreadable.class, e -> assertThat(e.reason()).isEqualTo("bomb"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    void aQuoteNeverClosedNamesTheRowItOpensOn() throws IOException {
        ImportFile file = ImportFile.open(write(
                "yksikkö;vastattu;nps;kommentti\n"
                        + "HKI;22.11.2026 14:05;9;Hyvä\n"
                        + "\n"
                        + "ESP;22.11.2026 15:05;8;\"Jono oli pitkä\nmutta\n"
                        + "VAN;22.11.2026 16:05;7;ok\n",
                StandardCharsets.UTF_8,
                false));

        assertThat(file.headers()).hasSize(4);
        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(ImportFile.Unreadable.class, e -> {
            assertThat(e.reason()).isEqualTo("unclosedQuote");
            assertThat(e.row())
                    .as("the header is row 1, empty lines do not count")
                    .isEqualTo(3);
        });
    }

    @Test
    void aQuoteOpenInTheHeaderIsRowOne() throws IOException {
        ImportFile file = ImportFile.open(write("yksikkö;\"vastattu;nps\nHKI;1;2\n", StandardCharsets.UTF_8, false));

        assertThatThrownBy(file::headers).isInstanceOfSatisfying(ImportFile.Unreadable.class, e -> {
            assertThat(e.reason()).isEqualTo("unclosedQuote");
            assertThat(e.row()).isEqualTo(1);
        });
    }

    @Test
    void textAfterAClosingQuoteNamesItsRow() throws IOException {
        ImportFile file = ImportFile.open(
                write("yksikkö;nps;kommentti\nHKI;9;\"Hyvä\" palvelu;x\n", StandardCharsets.UTF_8, false));

        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(ImportFile.Unreadable.class, e -> {
            assertThat(e.reason()).isEqualTo("afterQuote");
            assertThat(e.row()).isEqualTo(2);
        });
    }

    @Test
    void anOpenQuoteInALargeFileStopsAtTheRowLimitInsteadOfReadingTheRestIntoOneField() throws IOException {
        StringBuilder text = new StringBuilder("yksikkö;nps;kommentti\nHKI;9;\"auki\n");
        String row = "ESP;8;rivi joka ei pääty koskaan lainausmerkkiin\n";
        while (text.length() < 3 * CsvRows.MAX_ROW_CHARS) {
            text.append(row);
        }
        ImportFile file = ImportFile.open(write(text.toString(), StandardCharsets.UTF_8, false));

        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(ImportFile.Unreadable.class, e -> {
            assertThat(e.reason()).isEqualTo("rowTooLong");
            assertThat(e.row()).isEqualTo(2);
        });
    }

    @Test
    void longRowsBelowTheLimitAreRead() throws IOException {
        String comment = "ä".repeat(CsvRows.MAX_ROW_CHARS / 4);
        ImportFile file = ImportFile.open(write(
                "yksikkö;nps;kommentti\n" + ("HKI;9;\"" + comment + "\"\n").repeat(8), StandardCharsets.UTF_8, false));

        assertThat(rows(file)).hasSize(8).allSatisfy(r -> assertThat(r.get(2)).hasSize(comment.length()));
    }

    @Test
    void utf8DetectionToleratesASampleCutInsideACharacter() {
        byte[] text = "ääää".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);

        assertThat(ImportFile.isUtf8(cut, true)).isTrue();
        assertThat(ImportFile.isUtf8(cut, false)).isFalse();
        assertThat(ImportFile.isUtf8("Yksikkö".getBytes(Charset.forName("windows-1252")), false))
                .isFalse();
    }

    private List<List<String>> rows(ImportFile file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        file.read((row, cells) -> rows.add(cells), f -> {});
        return rows;
    }

    private Path write(String text, Charset charset, boolean bom) throws IOException {
        Path file = folder.resolve("export.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.getBytes(charset));
        }
        return file;
    }
}
