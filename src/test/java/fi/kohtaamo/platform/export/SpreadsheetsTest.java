package fi.kohtaamo.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.i18n.Figures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    private static final Table TABLE = new Table(
            "units",
            "Units",
            List.of("Unit", "Comment", "NPS", "CSAT", "Completed", "Answered at"),
            List.of(
                    Arrays.asList(
                            "=HYPERLINK(\"http://evil\",\"x\")",
                            "+31",
                            Figures.nps(-6.5),
                            Figures.csat(81 / 20.0),
                            LocalDate.of(2026, 7, 20),
                            LocalDateTime.of(2026, 7, 20, 14, 5)),
                    Arrays.asList("@SUM(A1)", "-minus", null, null, null, null),
                    Arrays.asList("\tTab", "\rReturn", 3, 12L, null, null),
                    Arrays.asList("Kamppi", "fine = good", Figures.nps(6.5), Figures.csat(4.0), null, null)));

    private static String csv(Locale locale) {
        return new String(Spreadsheets.csv(TABLE, locale), StandardCharsets.UTF_8);
    }

    @Test
    void everyFormulaLeadingCharacterIsNeutralised() {
        for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(Spreadsheets.neutralise(lead + "1+1")).isEqualTo("'" + lead + "1+1");
        }
        assertThat(Spreadsheets.neutralise("fine = good")).isEqualTo("fine = good");
        assertThat(Spreadsheets.neutralise("")).isEmpty();
        assertThat(Spreadsheets.neutralise(null)).isNull();
    }

    @Test
    void csvForFinnishAndSwedishReadersHasBomSemicolonsAndDecimalCommas() {
        for (Locale locale : List.of(FINNISH, SWEDISH)) {
            assertThat(csv(locale))
                    .startsWith("\uFEFFUnit;Comment;NPS;CSAT;Completed;Answered at\r\n")
                    .contains(
                            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\";'+31;-7;4,1;2026-07-20;2026-07-20 14:05:00\r\n")
                    .contains("'@SUM(A1);'-minus;;;;\r\n")
                    .contains("'\tTab;\"'\rReturn\";3;12;;\r\n")
                    .contains("Kamppi;fine = good;7;4,0;;\r\n");
        }
    }

    @Test
    void csvForEnglishReadersHasCommasAndDecimalPoints() {
        assertThat(csv(ENGLISH))
                .startsWith("\uFEFFUnit,Comment,NPS,CSAT,Completed,Answered at\r\n")
                .contains(
                        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+31,-7,4.1,2026-07-20,2026-07-20 14:05:00\r\n")
                .contains("'@SUM(A1),'-minus,,,,\r\n")
                .contains("Kamppi,fine = good,7,4.0,,\r\n");
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
    void xlsxHoldsRealNumbersAndDatesInTheReadersFormatAndTextNeverAsFormula() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx(TABLE, FINNISH)))) {
            XSSFSheet sheet = workbook.getSheet("Units");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("NPS");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");

            var nps = sheet.getRow(1).getCell(2);
            assertThat(nps.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(nps.getNumericCellValue()).isEqualTo(-7);
            assertThat(nps.getCellStyle().getDataFormatString()).isEqualTo("0");
            var csat = sheet.getRow(1).getCell(3);
            assertThat(csat.getNumericCellValue()).isEqualTo(4.1);
            assertThat(csat.getCellStyle().getDataFormatString()).isEqualTo("0.0");

            var completed = sheet.getRow(1).getCell(4);
            assertThat(completed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(completed)).isTrue();
            assertThat(completed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 20));
            assertThat(completed.getCellStyle().getDataFormatString()).isEqualTo("d.m.yyyy");
            var answered = sheet.getRow(1).getCell(5);
            assertThat(answered.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 20, 14, 5));
            assertThat(answered.getCellStyle().getDataFormatString()).isEqualTo("d.m.yyyy hh:mm:ss");

            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(12);
        }
    }

    @Test
    void xlsxDatesFollowTheReadersLanguage() {
        assertThat(Spreadsheets.excelDatePattern(FINNISH)).isEqualTo("d.m.yyyy");
        assertThat(Spreadsheets.excelDatePattern(SWEDISH)).isEqualTo("yyyy-mm-dd");
        assertThat(Spreadsheets.excelDatePattern(java.util.Locale.UK))
                .as("English pages are written with British conventions (Language)")
                .isEqualTo("dd/mm/yyyy");
    }
}
