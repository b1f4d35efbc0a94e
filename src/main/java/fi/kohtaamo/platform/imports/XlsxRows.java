package fi.kohtaamo.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
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
 * Reads the first sheet of an XLSX export with Apache POI's streaming reader, so that a sheet of a million
 * rows never sits in memory: date cells arrive as ISO date-times and formula cells as their last calculated value.
 * A workbook is unpacked once at upload ({@link #checkWorkbook}) so that a zip bomb or a zip file without a workbook
 * is refused there, within the limits below.
 */
final class XlsxRows {

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

    private XlsxRows() {}

    /**
     * Unpacks every part of an XLSX file once, without keeping any of it, so that a file which is not a workbook, or
     * which unpacks to far more than it could hold (a zip bomb), is refused at upload instead of halfway through a
     * background check.
     *
     * @throws ImportFile.Unreadable {@code format} if it is a zip file but no workbook, {@code bomb} if it unpacks too far,
     *     {@code xlsx} if it is damaged
     */
    static void checkWorkbook(Path path) throws ImportFile.Unreadable {
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
                            throw new ImportFile.Unreadable("bomb", name + " unpacks to more than " + limit + " bytes");
                        }
                    }
                }
            }
        } catch (ImportFile.Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportFile.Unreadable(zipBomb(e) ? "bomb" : "xlsx", e.getMessage());
        }
        if (!contentTypes || !workbook) {
            throw new ImportFile.Unreadable("format", "a zip file without a workbook");
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

    static void read(Path path, ImportFile.RowHandler handler, boolean headerOnly, DoubleConsumer progress)
            throws IOException {
        progress.accept(-1);
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFile.Unreadable("noHeader", null);
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
            throw new ImportFile.Unreadable("xlsx", e.getMessage());
        } catch (IllegalStateException | org.apache.poi.UnsupportedFileFormatException e) {
            // POI reports a zip bomb or a damaged package this way
            throw new ImportFile.Unreadable(zipBomb(e) ? "bomb" : "xlsx", e.getMessage());
        } catch (ImportFile.Unreadable e) {
            throw e;
        } catch (IOException e) {
            if (zipBomb(e)) {
                throw new ImportFile.Unreadable("bomb", e.getMessage());
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
        private final ImportFile.RowHandler handler;
        private final boolean headerOnly;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;
        private long seen;

        SheetRows(ImportFile.RowHandler handler, boolean headerOnly) {
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
}
