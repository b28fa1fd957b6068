package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.assess.Assessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF's pages as a reader sees them, from the text positions PDFBox reads back: no two runs of text overlap,
 * nothing comes near the paper's edge, and every page but the first carries its number at the top centre.
 */
class PdfLayoutTest {
  static PDDocument pdf(Assessment a, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceReport.of(a).locale(lang).metadata(ReportMetadata.builder().sample(true).build()).writePdf(out);
    return Loader.loadPDF(out.toByteArray());
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void noTwoRunsOfText_overlap(Assessment a, Lang lang) throws IOException {
    try (PDDocument doc = pdf(a, lang)) {
      assertThat(ReportLayoutChecks.runs(doc)).hasSizeGreaterThan(60);
      assertThat(ReportLayoutChecks.pdfProblems(doc, lang)).filteredOn(p -> p.startsWith("overlap")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void text_staysClearOfThePapersEdge(Assessment a, Lang lang) throws IOException {
    try (PDDocument doc = pdf(a, lang)) {
      // the report is portrait, its appendix form landscape
      PDRectangle first = doc.getPage(0).getMediaBox();
      assertThat(first.getHeight()).isGreaterThan(first.getWidth());
      PDRectangle last = doc.getPage(doc.getNumberOfPages() - 1).getMediaBox();
      assertThat(last.getWidth()).isGreaterThan(last.getHeight());
      assertThat(ReportLayoutChecks.pdfProblems(doc, lang)).filteredOn(p -> p.startsWith("near the edge")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void pages_areNumberedAtTheTopCentreFromTheSecond(Assessment a, Lang lang) throws IOException {
    try (PDDocument doc = pdf(a, lang)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(ReportLayoutChecks.pdfProblems(doc, lang)).filteredOn(p -> p.startsWith("page ")).isEmpty();
    }
  }
}
