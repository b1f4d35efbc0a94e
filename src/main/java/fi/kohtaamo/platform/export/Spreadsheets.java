package fi.kohtaamo.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as CSV and XLSX files for download. Text cells that a spreadsheet would read as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) are neutralised with a leading apostrophe,
 * so that a comment such as {@code =HYPERLINK(...)} typed by a customer never runs on HR's computer. Numbers stay
 * numbers and dates dates. Pages do not call this directly: they hand a {@link Table} to {@link Exports}, the one
 * export path, which also audits the download and picks the reader's CSV dialect.
 *
 * <pre>{@code
 * byte[] csv = Spreadsheets.csv(new Table("units", "Units", List.of("Unit", "NPS"),
 *         List.of(List.of("Kamppi", Figures.nps(31.5)))), Locale.of("fi"));
 * }</pre>
 */
public final class Spreadsheets {

    private static final Set<String> SEMICOLON_LANGUAGES = Set.of("fi", "sv");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private Spreadsheets() {}

    /** The text as a spreadsheet may safely show it. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /**
     * A cell copied from an uploaded file, as a spreadsheet may safely show it: like {@link #neutralise}, except that a
     * plain number such as {@code -3} or {@code -2,5} stays as it was, so the file can be fixed and uploaded again.
     */
    public static String neutraliseCell(String text) {
        return text != null && PLAIN_NUMBER.matcher(text).matches() ? text : neutralise(text);
    }

    /** Whether CSV for this reader is separated by semicolons with decimal commas (Finnish, Swedish), or commas. */
    public static boolean semicolons(Locale locale) {
        return SEMICOLON_LANGUAGES.contains(locale.getLanguage());
    }

    /**
     * The table as CSV in UTF-8 with a byte order mark (so Excel reads ä and å). For Finnish and Swedish readers the
     * cells are separated by semicolons and decimals written with a comma ({@code 4,1}), as Excel in those locales opens
     * it directly into columns; for everyone else commas and decimal points. Dates are ISO ({@code 2026-07-20}, with
     * {@code 14:05:00} for a time), which every Excel reads as a date.
     */
    public static byte[] csv(Table table, Locale locale) {
        boolean semicolons = semicolons(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT
                                .builder()
                                .setDelimiter(semicolons ? ';' : ',')
                                .get())) {
            out.write('\uFEFF');
            printer.printRecord(
                    table.headers().stream().map(Spreadsheets::neutralise).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(
                        row.stream().map(v -> csvCell(v, semicolons)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String csvCell(Object value, boolean decimalComma) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            String plain = decimal(number).toPlainString();
            return decimalComma ? plain.replace('.', ',') : plain;
        }
        if (value instanceof LocalDateTime time) {
            return time.format(CSV_TIME);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return neutralise(value.toString());
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal big
                ? big
                : number instanceof Double || number instanceof Float
                        ? BigDecimal.valueOf(number.doubleValue())
                        : BigDecimal.valueOf(number.longValue());
    }

    /**
     * The table as one XLSX sheet: a bold header row, then the rows with numbers as numbers (shown with as many
     * decimals as the rounded figure has), dates as dates in the reader's date format (Finnish {@code d.m.yyyy}), and
     * text as text, never as a formula.
     */
    public static byte[] xlsx(Table table, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            DataFormat formats = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Map<String, CellStyle> styles = new HashMap<>();
            String datePattern = excelDatePattern(locale);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(
                        i, Math.min(60, Math.max(10, table.headers().get(i).length() + 2)) * 256);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    String format = null;
                    if (value instanceof Number number) {
                        BigDecimal decimal = decimal(number);
                        cell.setCellValue(decimal.doubleValue());
                        format = decimal.scale() <= 0 ? "0" : "0." + "0".repeat(decimal.scale());
                    } else if (value instanceof LocalDateTime time) {
                        cell.setCellValue(time);
                        format = datePattern + " hh:mm:ss";
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        format = datePattern;
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                    if (format != null) {
                        cell.setCellStyle(styles.computeIfAbsent(format, f -> {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat(formats.getFormat(f));
                            return style;
                        }));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The locale's short date pattern as an Excel number format: Finnish d.m.yyyy, Swedish yyyy-mm-dd, English (en-GB,
     * as pages are written) dd/mm/yyyy.
     */
    static String excelDatePattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("[^dMy./-]", "").replaceAll("y+", "yyyy").replace('M', 'm');
    }
}
