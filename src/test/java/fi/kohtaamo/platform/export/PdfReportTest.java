package fi.kohtaamo.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    @Test
    void writesHeadingsTablesAcrossPagesAndChartsAsReadableText() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of("Palvelupiste " + i, "+" + i + " [-3; 40]", "Spearman ρ"));
        }
        byte[] pdf = new PdfReport("Koulutus ja tulokset – Pohjolan Palvelu")
                .paragraph("NPS ± 95 %: tämä on selitys, joka rivittyy. ".repeat(10))
                .lineChart(
                        List.of("01/2026", "02/2026", "03/2026"),
                        -100,
                        100,
                        List.of(
                                new PdfReport.Series("low", Arrays.asList(0.0, null, 10.0), Color.GRAY, true),
                                new PdfReport.Series("high", Arrays.asList(20.0, null, 30.0), Color.GRAY, false),
                                new PdfReport.Series("NPS", Arrays.asList(10.0, 15.0, 20.0), Color.BLUE, false)))
                .heading("Yksiköt")
                .table(List.of("Yksikkö", "Muutos", "Menetelmä"), new float[] {200, 150, 150}, rows)
                .bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Koulutus ja tulokset – Pohjolan Palvelu");
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Koulutus ja tulokset – Pohjolan Palvelu", "NPS ± 95 %", "Yksiköt", "Palvelupiste 1 ")
                    .contains("Palvelupiste 60", "+60 [-3; 40]", "Spearman rho", "01/2026");
        }
    }

    @Test
    void longHeadersAndCellsWrapInsteadOfBeingCutOff() throws Exception {
        String header = "Henkilöstön koulutuspolun suoritusaste";
        String cell = "Asiakaspalvelukeskus Helsinki, Puhelinpalvelu ja chat";
        byte[] pdf = new PdfReport("Report")
                .table(List.of(header, "NPS"), new float[] {60, 40}, List.of(List.of(cell, "+12")))
                .bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).doesNotContain("…");
            assertThat(text.replaceAll("\\s+", ""))
                    .as("every character is there, some on a line of their own")
                    .contains(header.replace(" ", ""), cell.replace(" ", ""), "+12");
        }
        assertThat(PdfReport.wrap(
                        header,
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD),
                        8,
                        56))
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(header.replace(" ", "")).contains(line.replace(" ", "")));
    }
}
