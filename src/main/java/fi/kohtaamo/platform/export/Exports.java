package fi.kohtaamo.platform.export;

import fi.kohtaamo.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The one way a table leaves Kohtaamo as CSV or XLSX: every export button hands its bean's {@link Table} here, which
 * writes it with {@link Spreadsheets} in the reader's dialect (formula-like text neutralised, semicolons and a decimal
 * comma for Finnish and Swedish readers, real numbers and dates in XLSX) and announces the download as {@link Exported}, which the audit log records.
 * The bean that builds the table checks who may see it, as its page does. PrimeFaces' {@code p:dataExporter} is not
 * used anywhere (a build test fails on it), so no table can skip this.
 *
 * <pre>{@code
 * <p:commandButton id="exportCsv" value="#{msg['export.csv']}" ajax="false">
 *     <p:fileDownload value="#{exports.csv(teamProgressBean.table)}"/>
 * </p:commandButton>
 * }</pre>
 */
@Named
@RequestScoped
public class Exports {

    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Event<Exported> exported;

    @Inject
    Language language;

    public StreamedContent csv(Table table) {
        exported.fire(new Exported(table.name(), "csv", table.detail()));
        return download(table.name() + ".csv", CSV_TYPE, Spreadsheets.csv(table, language.getLocale()));
    }

    public StreamedContent xlsx(Table table) {
        exported.fire(new Exported(table.name(), "xlsx", table.detail()));
        return download(table.name() + ".xlsx", XLSX_TYPE, Spreadsheets.xlsx(table, language.getLocale()));
    }

    private static StreamedContent download(String name, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(type).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }
}
