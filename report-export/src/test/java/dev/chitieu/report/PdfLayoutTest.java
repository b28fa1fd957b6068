package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.Lang;
import dev.chitieu.core.assess.Assessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF's pages as a reader sees them, from the text positions PDFBox reads back: no two runs of text overlap,
 * nothing comes near the paper's edge, and every page carries its footer "Trang x / y" or "Page x / y".
 */
class PdfLayoutTest {
  /** Closest any text may come to the edge of the paper, in points. */
  private static final float EDGE = 18;

  /** Font size from which text is the watermark, which lies under the page on purpose. */
  private static final float WATERMARK = 40;

  static Stream<Arguments> pdfs() {
    List<Arguments> out = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      out.add(argumentSet("Hải Phòng " + lang, SampleReports.haiPhongAssessment(), lang));
      out.add(argumentSet("Bắc Ninh " + lang, SampleReports.bacNinhAssessment(), lang));
    }
    return out.stream();
  }

  /** One run of text on one line, as a box in points from the page's top left. */
  record Run(int page, String text, float left, float top, float right, float bottom) {
    boolean overlaps(Run o) {
      // half a point of slack: neighbouring runs on a line may touch
      return page == o.page && left < o.right - 0.5f && o.left < right - 0.5f && top < o.bottom - 0.5f
          && o.top < bottom - 0.5f;
    }
  }

  static List<Run> runs(PDDocument doc) throws IOException {
    List<Run> runs = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> ps) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition p : ps) {
          if (p.getUnicode().isBlank() || p.getFontSizeInPt() >= WATERMARK || p.getDir() != 0) {
            continue; // the watermark, large and slanted, lies under the text on purpose
          }
          left = Math.min(left, p.getXDirAdj());
          right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
          top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
          bottom = Math.max(bottom, p.getYDirAdj());
        }
        if (left < right) {
          runs.add(new Run(getCurrentPageNo(), text, left, top, right, bottom));
        }
      }
    };
    s.setSortByPosition(true);
    s.getText(doc);
    return runs;
  }

  static PDDocument pdf(Assessment a, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceReport.of(a).locale(lang).metadata(ReportMetadata.builder().sample(true).build()).writePdf(out);
    return Loader.loadPDF(out.toByteArray());
  }

  @ParameterizedTest
  @MethodSource("pdfs")
  void noTwoRunsOfText_overlap(Assessment a, Lang lang) throws IOException {
    try (PDDocument doc = pdf(a, lang)) {
      List<Run> runs = runs(doc);
      List<String> overlaps = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        for (int j = i + 1; j < runs.size(); j++) {
          if (runs.get(i).overlaps(runs.get(j))) {
            overlaps.add(runs.get(i) + " / " + runs.get(j));
          }
        }
      }
      assertThat(runs).hasSizeGreaterThan(100);
      assertThat(overlaps).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("pdfs")
  void text_staysClearOfThePapersEdge(Assessment a, Lang lang) throws IOException {
    try (PDDocument doc = pdf(a, lang)) {
      PDRectangle page = doc.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isGreaterThan(page.getHeight());
      assertThat(runs(doc)).allSatisfy(r -> {
        assertThat(r.left()).as(r.toString()).isGreaterThanOrEqualTo(EDGE);
        assertThat(r.top()).as(r.toString()).isGreaterThanOrEqualTo(EDGE);
        assertThat(r.right()).as(r.toString()).isLessThanOrEqualTo(page.getWidth() - EDGE);
        assertThat(r.bottom()).as(r.toString()).isLessThanOrEqualTo(page.getHeight() - EDGE);
      });
    }
  }

  @ParameterizedTest
  @MethodSource("pdfs")
  void everyPage_hasItsFooter(Assessment a, Lang lang) throws IOException {
    try (PDDocument doc = pdf(a, lang)) {
      int n = doc.getNumberOfPages();
      assertThat(n).isGreaterThan(1);
      for (int p = 1; p <= n; p++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(p);
        s.setEndPage(p);
        String footer = (lang == Lang.VI ? "Trang " : "Page ") + p + " / " + n;
        assertThat(s.getText(doc)).as("page " + p).contains(footer);
      }
    }
  }
}
