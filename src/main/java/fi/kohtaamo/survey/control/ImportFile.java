package fi.kohtaamo.survey.control;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A survey tool's export as uploaded, read one row at a time so that a file of a million rows never sits in memory.
 *
 * <p>CSV files may come from any tool or from Excel in a Finnish locale: the separator (comma, semicolon or tab) is
 * detected from the header line, the encoding from the byte order mark or, without one, from whether the start of the
 * file is valid UTF-8 (otherwise Windows-1252). Quoted fields may hold separators and line breaks. XLSX files are read
 * with Apache POI's streaming reader from the first sheet; date cells arrive as ISO date-times and formula cells as
 * their last calculated value.
 *
 * <pre>{@code
 * ImportFile file = ImportFile.open(path);
 * List<String> headers = file.headers();
 * file.read((row, cells) -> { ...; return true; }, progress -> {});
 * }</pre>
 */
public final class ImportFile {

    /** How much of the file's start decides the encoding. */
    private static final int SAMPLE_BYTES = 1 << 20;

    /**
     * A part of an XLSX file may unpack to at most this many bytes. A million-row sheet is a few hundred megabytes of
     * XML; POI's own default would allow four gigabytes.
     */
    static final long MAX_ENTRY_BYTES = 2L << 30;

    /** All parts of an XLSX file together may unpack to at most this many bytes. */
    static final long MAX_EXPANDED_BYTES = 3L << 30;

    /**
     * The shared strings (every distinct text in the workbook) are the one part POI's streaming reader keeps in
     * memory, so they get a limit of their own.
     */
    static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;

    /**
     * A part that unpacks to more than a hundred times its packed size is taken for a zip bomb (POI's ratio check,
     * after its first 100 kB). Real sheets pack about 5 to 20 times.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** The first bytes of file types that are sometimes renamed .csv or .xlsx by mistake (or not by mistake). */
    private static final List<byte[]> NOT_SURVEY_FILES = List.of(
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {'G', 'I', 'F', '8'},
            new byte[] {'%', 'P', 'D', 'F', '-'},
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            new byte[] {0x1F, (byte) 0x8B},
            new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF},
            new byte[] {'R', 'a', 'r', '!'},
            new byte[] {0x7F, 'E', 'L', 'F'},
            new byte[] {'M', 'Z'},
            new byte[] {'<'});

    public enum Format {
        CSV,
        XLSX
    }

    /** Receives data rows in order; returns false to stop reading. Row numbers count the header as row 1. */
    @FunctionalInterface
    public interface RowHandler {
        boolean row(long rowNumber, List<String> cells);
    }

    /**
     * A CSV row (a record, whose quoted fields may span lines) may hold at most this many characters. Real survey rows
     * are well under a kilobyte; a quote that is never closed would otherwise make the rest of the file one field, in
     * memory.
     */
    static final int MAX_ROW_CHARS = 1 << 20;

    /**
     * The file could not be read as a survey export; the reason says why, in words for the person uploading, and for
     * a CSV file whose structure breaks, which row (counting the header as row 1) it breaks on.
     */
    public static class Unreadable extends IOException {
        private final String reason;
        private final long row;

        public Unreadable(String reason, String detail) {
            this(reason, detail, 0);
        }

        public Unreadable(String reason, String detail, long row) {
            super(reason + (row > 0 ? " on row " + row : "") + (detail == null ? "" : ": " + detail));
            this.reason = reason;
            this.row = row;
        }

        /** A message key: {@code import.unreadable.<reason>}, whose argument {0} is {@link #row()}. */
        public String reason() {
            return reason;
        }

        /** The row the file stops making sense on, or 0 when the problem is not about one row. */
        public long row() {
            return row;
        }
    }

    private final Path path;
    private final Format format;
    private final Charset charset;
    private final char delimiter;
    private final boolean bom;

    private ImportFile(Path path, Format format, Charset charset, char delimiter, boolean bom) {
        this.path = path;
        this.format = format;
        this.charset = charset;
        this.delimiter = delimiter;
        this.bom = bom;
    }

    /** Detects the file's format, and for CSV its encoding and separator. */
    public static ImportFile open(Path path) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(path)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        if (sample.length == 0) {
            throw new Unreadable("empty", null);
        }
        if (sample.length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
            checkWorkbook(path);
            return new ImportFile(path, Format.XLSX, null, '\0', false);
        }
        if (knownOtherType(sample)) {
            throw new Unreadable("format", null);
        }
        boolean utf8Bom = sample.length >= 3
                && (sample[0] & 0xff) == 0xEF
                && (sample[1] & 0xff) == 0xBB
                && (sample[2] & 0xff) == 0xBF;
        Charset charset;
        if (utf8Bom) {
            charset = StandardCharsets.UTF_8;
        } else if ((sample[0] & 0xff) == 0xFF && sample.length > 1 && (sample[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
        } else if ((sample[0] & 0xff) == 0xFE && sample.length > 1 && (sample[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
        } else if (looksLikeBinary(sample)) {
            throw new Unreadable("format", null);
        } else {
            charset = isUtf8(sample, sample.length == SAMPLE_BYTES)
                    ? StandardCharsets.UTF_8
                    : Charset.forName("windows-1252");
        }
        boolean bom = utf8Bom || charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE;
        String text = new String(sample, charset);
        return new ImportFile(path, Format.CSV, charset, detectDelimiter(text), bom);
    }

    /** Whether the file starts like an image, a PDF, an old .xls, an archive or a program, or like HTML or XML. */
    static boolean knownOtherType(byte[] sample) {
        int start = 0;
        if (sample.length >= 3
                && (sample[0] & 0xff) == 0xEF
                && (sample[1] & 0xff) == 0xBB
                && (sample[2] & 0xff) == 0xBF) {
            start = 3;
        }
        while (start < sample.length && Character.isWhitespace(sample[start])) {
            start++;
        }
        for (byte[] magic : NOT_SURVEY_FILES) {
            if (sample.length - start >= magic.length
                    && Arrays.equals(sample, start, start + magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unpacks every part of an XLSX file once, without keeping any of it, so that a file which is not a workbook, or
     * which unpacks to far more than it could hold (a zip bomb), is refused at upload instead of halfway through a
     * background check.
     *
     * @throws Unreadable {@code format} if it is a zip file but no workbook, {@code bomb} if it unpacks too far,
     *     {@code xlsx} if it is damaged
     */
    static void checkWorkbook(Path path) throws Unreadable {
        boolean contentTypes = false;
        boolean workbook = false;
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipSecureFile zip = new ZipSecureFile(path.toFile())) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                workbook |= name.equals("xl/workbook.xml");
                long limit = name.equals("xl/sharedStrings.xml") ? MAX_SHARED_STRINGS_BYTES : MAX_ENTRY_BYTES;
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        size += n;
                        total += n;
                        if (size > limit || total > MAX_EXPANDED_BYTES) {
                            throw new Unreadable("bomb", name + " unpacks to more than " + limit + " bytes");
                        }
                    }
                }
            }
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(zipBomb(e) ? "bomb" : "xlsx", e.getMessage());
        }
        if (!contentTypes || !workbook) {
            throw new Unreadable("format", "a zip file without a workbook");
        }
    }

    /** Whether POI refused a part for unpacking too far ("Zip bomb detected!"), here or in a cause. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes decode as UTF-8; a sample cut off mid-character still counts. */
    static boolean isUtf8(byte[] sample, boolean truncated) {
        int length = sample.length;
        for (int cut = 0; cut <= (truncated ? 3 : 0); cut++) {
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(sample, 0, length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter sample in case the cut fell inside a character
            }
        }
        return false;
    }

    private static boolean looksLikeBinary(byte[] sample) {
        int limit = Math.min(sample.length, 4096);
        for (int i = 0; i < limit; i++) {
            if (sample[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The candidate that occurs most often outside quotes on the first line. */
    static char detectDelimiter(String text) {
        char[] candidates = {';', ',', '\t'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 1;
        for (int k = 0; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    public Format format() {
        return format;
    }

    /** The CSV file's encoding; null for XLSX. */
    public Charset charset() {
        return charset;
    }

    /** The CSV file's separator; {@code '\0'} for XLSX. */
    public char delimiter() {
        return delimiter;
    }

    /** The column names on the first row. */
    public List<String> headers() throws IOException {
        List<String> headers = new ArrayList<>();
        readAll(
                (row, cells) -> {
                    headers.addAll(cells);
                    return false;
                },
                true,
                fraction -> {});
        if (headers.stream().allMatch(String::isBlank)) {
            throw new Unreadable("noHeader", null);
        }
        return headers;
    }

    /**
     * Passes every data row (not the header) to the handler, trimmed, with missing cells as empty strings.
     *
     * @param progress told the fraction of the file read so far, or -1 where that is not known (XLSX)
     */
    public void read(RowHandler handler, DoubleConsumer progress) throws IOException {
        readAll(handler, false, progress);
    }

    private void readAll(RowHandler handler, boolean headerOnly, DoubleConsumer progress) throws IOException {
        if (format == Format.XLSX) {
            readXlsx(handler, headerOnly, progress);
        } else {
            readCsv(handler, headerOnly, progress);
        }
    }

    private void readCsv(RowHandler handler, boolean headerOnly, DoubleConsumer progress) throws IOException {
        long size = Math.max(1, Files.size(path));
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CountingStream counting = new CountingStream(new BufferedInputStream(Files.newInputStream(path)));
                RowLimit reader = new RowLimit(new BufferedReader(new InputStreamReader(counting, charset)))) {
            if (bom) {
                reader.skipBom();
            }
            readRecords(CSVParser.parse(reader, csv), counting, reader, size, handler, headerOnly, progress);
        }
    }

    private static void readRecords(
            CSVParser parser,
            CountingStream counting,
            RowLimit limit,
            long size,
            RowHandler handler,
            boolean headerOnly,
            DoubleConsumer progress)
            throws IOException {
        long reported = 0;
        long row = 0;
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw broken(e, row + 1);
            }
            limit.rowEnded();
            row++;
            if (row == 1) {
                if (headerOnly) {
                    handler.row(row, record.toList());
                    return;
                }
                continue;
            }
            if (!handler.row(row, record.toList())) {
                return;
            }
            if (counting.count - reported > size / 200) {
                reported = counting.count;
                progress.accept(Math.min(1.0, (double) reported / size));
            }
        }
    }

    /**
     * Names what broke the CSV structure on the given row: a quote never closed (Commons CSV reads to the end of the
     * file looking for it), text between a closing quote and the separator, a row too long to be anything but an open
     * quote, or else the parser's own words.
     */
    static Unreadable broken(RuntimeException e, long row) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RowTooLong) {
                return new Unreadable("rowTooLong", null, row);
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new Unreadable("unclosedQuote", message, row);
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return new Unreadable("afterQuote", message, row);
        }
        return new Unreadable("csv", message, row);
    }

    /** Thrown by {@link RowLimit} when one row runs on past {@link #MAX_ROW_CHARS}. */
    private static final class RowTooLong extends IOException {
        RowTooLong() {
            super("a row longer than " + MAX_ROW_CHARS + " characters");
        }
    }

    /**
     * Refuses to read more than {@link #MAX_ROW_CHARS} characters between two rows, so that an open quote in a large
     * file ends the reading with a reason instead of filling the memory. The parser reads ahead a few kilobytes, so
     * the count is per row give or take its buffer.
     */
    private static final class RowLimit extends Reader {
        private final BufferedReader in;
        private long sinceRow;

        RowLimit(BufferedReader in) {
            this.in = in;
        }

        void skipBom() throws IOException {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
        }

        void rowEnded() {
            sinceRow = 0;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                sinceRow += n;
                if (sinceRow > MAX_ROW_CHARS) {
                    throw new RowTooLong();
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private void readXlsx(RowHandler handler, boolean headerOnly, DoubleConsumer progress) throws IOException {
        progress.accept(-1);
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("noHeader", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        strings,
                        new SheetRows(handler, headerOnly),
                        new IsoDateFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            } catch (StopReading stop) {
                // the handler has what it wanted
            }
        } catch (SAXException
                | OpenXML4JException
                | org.apache.poi.ooxml.POIXMLException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw new Unreadable("xlsx", e.getMessage());
        } catch (IllegalStateException | org.apache.poi.UnsupportedFileFormatException e) {
            // POI reports a zip bomb or a damaged package this way
            throw new Unreadable(zipBomb(e) ? "bomb" : "xlsx", e.getMessage());
        } catch (Unreadable e) {
            throw e;
        } catch (IOException e) {
            if (zipBomb(e)) {
                throw new Unreadable("bomb", e.getMessage());
            }
            throw e;
        }
    }

    /** Ends SAX parsing early once the handler has enough rows. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Collects one sheet row's cells, placing each by its column letter so that blank cells stay empty strings. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final boolean headerOnly;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;
        private long seen;

        SheetRows(RowHandler handler, boolean headerOnly) {
            this.handler = handler;
            this.headerOnly = headerOnly;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            seen++;
            if (seen == 1) {
                width = cells.size();
                if (headerOnly) {
                    handler.row(1, List.copyOf(cells));
                    throw new StopReading();
                }
                return;
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            while (cells.size() < width) {
                cells.add("");
            }
            if (!handler.row(rowNum + 1L, List.copyOf(cells))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue.strip());
        }
    }

    /** Shows date cells as ISO date-times, whatever display format the sheet gave them, and numbers plainly. */
    private static final class IsoDateFormatter extends DataFormatter {
        IsoDateFormatter() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    @Override
    public String toString() {
        return format + (format == Format.CSV ? " " + charset + " " + Arrays.toString(new char[] {delimiter}) : "");
    }
}
