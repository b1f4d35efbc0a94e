package fi.kohtaamo.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as CSV and XLSX files for download. Text cells that a spreadsheet would read as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) are neutralised with a leading apostrophe,
 * so that a comment such as {@code =HYPERLINK(...)} typed by a customer never runs on HR's computer. Numbers stay
 * numbers.
 *
 * <pre>{@code
 * byte[] csv = Spreadsheets.csv(List.of("Unit", "NPS"), List.of(List.of("Kamppi", 31.5)));
 * }</pre>
 */
public final class Spreadsheets {

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

    /** UTF-8 with a byte order mark and semicolons, as Excel in a Finnish locale opens it directly. */
    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            out.write('\uFEFF');
            printer.printRecord(headers.stream().map(Spreadsheets::neutralise).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream()
                        .map(v -> v == null ? "" : v instanceof Number ? v : neutralise(v.toString()))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One sheet: a header row, then the rows; numbers as numbers, text as text (never as formulas). */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
