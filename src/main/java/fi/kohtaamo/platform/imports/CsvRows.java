package fi.kohtaamo.platform.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export whose encoding and separator {@link ImportFile} has detected, one record at a time with
 * Commons CSV: quoted fields may hold separators and line breaks, a row longer than {@link #MAX_ROW_CHARS} ends the
 * reading with a reason, and a broken structure is named with the row it breaks on.
 */
final class CsvRows {

    /**
     * A CSV row (a record, whose quoted fields may span lines) may hold at most this many characters. Real survey rows
     * are well under a kilobyte; a quote that is never closed would otherwise make the rest of the file one field, in
     * memory.
     */
    static final int MAX_ROW_CHARS = 1 << 20;

    private CsvRows() {}

    static void read(
            Path path,
            Charset charset,
            char delimiter,
            boolean bom,
            ImportFile.RowHandler handler,
            boolean headerOnly,
            DoubleConsumer progress)
            throws IOException {
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
            Iterator<CSVRecord> records = CSVParser.parse(reader, csv).iterator();
            long reported = 0;
            long row = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (IllegalStateException | UncheckedIOException e) {
                    throw broken(e, row + 1);
                }
                reader.rowEnded();
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
    }

    /**
     * Names what broke the CSV structure on the given row: a quote never closed (Commons CSV reads to the end of the
     * file looking for it), text between a closing quote and the separator, a row too long to be anything but an open
     * quote, or else the parser's own words.
     */
    static ImportFile.Unreadable broken(RuntimeException e, long row) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RowTooLong) {
                return new ImportFile.Unreadable("rowTooLong", null, row);
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new ImportFile.Unreadable("unclosedQuote", message, row);
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return new ImportFile.Unreadable("afterQuote", message, row);
        }
        return new ImportFile.Unreadable("csv", message, row);
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
}
