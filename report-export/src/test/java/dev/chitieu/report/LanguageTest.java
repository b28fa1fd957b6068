package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing English in the Vietnamese report and nothing Vietnamese in the English one: every label, header, status
 * word, explanation, unit, sheet name, chart title, header and footer and document property of the workbook, and
 * the whole text and metadata of the PDF. Input (the measurements and rejected rows as read), the plan's document
 * number and the targets' sources are quoted as they are, and the sample marking is deliberately in both languages.
 */
class LanguageTest {
  /** English words that must not appear in Vietnamese text. */
  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "for", "with", "by", "in", "on", "at",
      "data", "sample", "target", "targets", "period", "page", "report", "not", "achieved", "exceeded", "track",
      "risk", "figure", "provisional", "estimate", "estimated", "actual", "linear", "trend", "breakdown", "see",
      "notes", "per", "people", "datasets", "projected", "deadline", "coverage", "source", "status", "value",
      "indicator", "result", "assessment", "details", "chart", "rejected", "row", "rows", "communes", "provinces",
      "sdg", "progress", "method", "gap", "percent", "year", "month", "quarter", "half", "first", "yet", "no",
      "none", "overall", "worst", "part", "each", "every", "cumulative", "prepared", "head", "unit", "signature");

  /** Vietnamese letters with diacritics (and đ), which English text never has. */
  private static final Pattern VIETNAMESE = Pattern.compile(
      "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  static Stream<Arguments> reports() {
    return Stream.of(
        argumentSet("Hải Phòng", SampleReports.haiPhongAssessment()),
        argumentSet("Bắc Ninh", SampleReports.bacNinhAssessment()));
  }

  private static final MeasurementSet DATA = SampleReports.haiPhongData(200, 5);

  /** The sources of the input rows, which the form's "Nguồn số liệu" quotes as they are. */
  private static final Set<String> DATA_SOURCES = StreamSupport.stream(DATA.spliterator(), false)
      .map(Measurement::source).collect(Collectors.toSet());

  static ComplianceReport report(Assessment a, Lang lang) {
    return ComplianceReport.of(a).locale(lang).data(DATA)
        .rejected(SampleReports.rejectedRows())
        .metadata(ReportMetadata.builder().sample(true).build());
  }

  @ParameterizedTest
  @MethodSource("reports")
  void vietnameseWorkbook_hasNoEnglishWords(Assessment a) throws IOException {
    assertThat(englishWords(workbookTexts(a, Lang.VI), a.plan())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void vietnamesePdf_hasNoEnglishWords(Assessment a) throws IOException {
    assertThat(englishWords(pdfTexts(a, Lang.VI), a.plan())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void vietnameseDocument_hasNoEnglishWords(Assessment a) throws IOException {
    assertThat(englishWords(docxTexts(a, Lang.VI), a.plan())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void englishDocument_hasNoVietnameseLetters(Assessment a) throws IOException {
    assertThat(vietnamese(docxTexts(a, Lang.EN), a.plan())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void englishWorkbook_hasNoVietnameseLetters(Assessment a) throws IOException {
    assertThat(vietnamese(workbookTexts(a, Lang.EN), a.plan())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void englishPdf_hasNoVietnameseLetters(Assessment a) throws IOException {
    assertThat(vietnamese(pdfTexts(a, Lang.EN), a.plan())).isEmpty();
  }

  /** Texts with the quoted parts (sample marking, document numbers, targets' and data's sources) taken out. */
  private static String unquoted(String text, Plan plan) {
    String s = text;
    for (Target t : plan.targets()) {
      s = s.replace(t.source().document(), " ").replace(t.source().locator(), " ");
    }
    for (String source : DATA_SOURCES) {
      s = s.replace(source, " ");
    }
    return s.replace("SỐ LIỆU MẪU", " ").replace("SAMPLE DATA", " ").replace(plan.documentNumber(), " ")
        .replace(plan.id().toString(), " ");
  }

  private static List<String> englishWords(List<String> texts, Plan plan) {
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      Matcher m = WORD.matcher(unquoted(text, plan));
      while (m.find()) {
        if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
          found.add(m.group() + " in: " + text);
        }
      }
    }
    return found;
  }

  private static List<String> vietnamese(List<String> texts, Plan plan) {
    return texts.stream().filter(t -> VIETNAMESE.matcher(unquoted(t, plan)).find()).toList();
  }

  /** The texts of the workbook a reader sees, less the input rows of the data and rejected sheets. */
  private static List<String> workbookTexts(Assessment a, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report(a, lang).writeXlsx(out);
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      Stream.of(core.getTitle(), core.getSubject(), core.getDescription(), core.getKeywords(), core.getCategory())
          .forEach(texts::add);
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet sh = wb.getSheetAt(i);
        texts.add(sh.getSheetName());
        texts.add(sh.getHeader().getCenter().replaceAll("&\"[^\"]*\"|&K[0-9A-F]{6}", " "));
        texts.add(sh.getFooter().getCenter().replaceAll("&[PN]", " "));
        boolean input = i >= wb.getSheetIndex(lang == Lang.VI ? "Dữ liệu" : "Data");
        for (Row row : sh) {
          if (input && row.getRowNum() > 0) {
            break; // the measurements and rejected rows as read
          }
          for (Cell c : row) {
            if (c.getCellType() == CellType.STRING) {
              texts.add(c.getStringCellValue());
            }
          }
        }
        if (sh.getDrawingPatriarch() != null) {
          for (XSSFChart chart : sh.getDrawingPatriarch().getCharts()) {
            texts.add(chart.getTitleText().getString());
          }
        }
      }
    }
    return texts;
  }

  /** Every paragraph of the document, its tables', headers' and properties' texts. */
  private static List<String> docxTexts(Assessment a, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report(a, lang).writeDocx(out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> texts = new ArrayList<>();
      var core = doc.getProperties().getCoreProperties();
      texts.add(core.getTitle());
      texts.add(core.getSubject());
      doc.getHeaderList().forEach(h -> texts.add(h.getText()));
      try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
        texts.addAll(x.getText().lines().toList());
      }
      return texts;
    }
  }

  private static List<String> pdfTexts(Assessment a, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report(a, lang).writePdf(out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      PDDocumentInformation info = doc.getDocumentInformation();
      List<String> texts = new ArrayList<>(List.of(info.getTitle(), info.getSubject(), info.getKeywords()));
      // one text, lines joined: a quoted source broken over two lines of a cell is still the source
      texts.add(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "));
      return texts;
    }
  }
}
