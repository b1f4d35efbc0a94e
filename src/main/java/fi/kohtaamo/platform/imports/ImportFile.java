package fi.kohtaamo.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * A spreadsheet export as uploaded (a survey tool's responses, an HR system's people), read one row at a time so that a file of a million rows never sits in memory.
 *
 * <p>CSV files may come from any tool or from Excel in a Finnish locale: the separator (comma, semicolon or tab) is
 * detected from the header line, the encoding from the byte order mark or, without one, from whether the start of the
 * file is valid UTF-8 (otherwise Windows-1252). Quoted fields may hold separators and line breaks. XLSX files are read
 * with Apache POI's streaming reader from the first sheet; date cells arrive as ISO date-times and formula cells as
 * their last calculated value.
 *
 * <p>This class decides what the file is (type, encoding, separator); {@link CsvRows} and {@link XlsxRows} read it.
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
     * The file could not be read as an export; the reason says why, in words for the person uploading, and for
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
            XlsxRows.checkWorkbook(path);
            return new ImportFile(path, Format.XLSX, null, '\0', false);
        }
        if (knownOtherType(sample)) {
            throw new Unreadable("format", null);
        }
        boolean utf8Bom = utf8Bom(sample);
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
        int start = utf8Bom(sample) ? 3 : 0;
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

    private static boolean utf8Bom(byte[] sample) {
        return sample.length >= 3
                && (sample[0] & 0xff) == 0xEF
                && (sample[1] & 0xff) == 0xBB
                && (sample[2] & 0xff) == 0xBF;
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
            XlsxRows.read(path, handler, headerOnly, progress);
        } else {
            CsvRows.read(path, charset, delimiter, bom, handler, headerOnly, progress);
        }
    }

    @Override
    public String toString() {
        return format + (format == Format.CSV ? " " + charset + " " + Arrays.toString(new char[] {delimiter}) : "");
    }
}
