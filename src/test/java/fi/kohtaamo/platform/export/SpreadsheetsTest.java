package fi.kohtaamo.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    private static final List<String> HEADERS = List.of("Unit", "Comment", "NPS change");
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")", "+31", -12.5),
            Arrays.asList("@SUM(A1)", "-minus", null),
            Arrays.asList("Kamppi", "fine = good", 3));

    @Test
    void csvNeutralisesFormulaTextButKeepsNumbers() {
        String csv = new String(Spreadsheets.csv(HEADERS, ROWS), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFUnit;Comment;NPS change\r\n");
        assertThat(csv.lines().toList())
                .containsExactly(
                        "\uFEFFUnit;Comment;NPS change",
                        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\";'+31;-12.5",
                        "'@SUM(A1);'-minus;",
                        "Kamppi;fine = good;3");
    }

    @Test
    void cellsCopiedFromAnUploadKeepTheirNumbersButNeverRunAsFormulas() {
        assertThat(Spreadsheets.neutraliseCell("-3")).isEqualTo("-3");
        assertThat(Spreadsheets.neutraliseCell("-2,5")).isEqualTo("-2,5");
        assertThat(Spreadsheets.neutraliseCell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(Spreadsheets.neutraliseCell("-1+cmd|' /C calc'!A0")).startsWith("'");
        assertThat(Spreadsheets.neutraliseCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Spreadsheets.neutraliseCell("Nopeaa palvelua")).isEqualTo("Nopeaa palvelua");
        assertThat(Spreadsheets.neutraliseCell(null)).isNull();
    }

    @Test
    void xlsxHasTextAsTextAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx("Units", HEADERS, ROWS)))) {
            var sheet = workbook.getSheet("Units");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("NPS change");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3);
        }
    }
}
