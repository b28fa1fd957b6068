package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The editable report read back as Word reads it: its parts in the order of Decree 30/2020/NĐ-CP Appendix I, their
 * sizes, weights and margins, the page numbering from page 2, recipients and signature, and the appendix form in a
 * landscape section. Figures are the SAMPLE fixtures'.
 */
class DocxReportTest {
  static byte[] docx(ComplianceReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.writeDocx(out);
    return out.toByteArray();
  }

  static XWPFDocument read(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static ComplianceReport haiPhong() {
    return ComplianceReport.of(SampleReports.haiPhongAssessment()).data(SampleReports.haiPhongData(100, 3));
  }

  /** Every paragraph of the body in order, those of tables included, as text. */
  private static List<String> paragraphs(XWPFDocument doc) {
    List<String> out = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        out.add(p.getText());
      } else if (e instanceof XWPFTable t) {
        t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> out.add(p
            .getText()))));
      }
    }
    return out;
  }

  private static XWPFRun firstRun(XWPFDocument doc, String text) {
    for (IBodyElement e : doc.getBodyElements()) {
      List<XWPFParagraph> ps = new ArrayList<>();
      if (e instanceof XWPFParagraph p) {
        ps.add(p);
      } else if (e instanceof XWPFTable t) {
        t.getRows().forEach(r -> r.getTableCells().forEach(c -> ps.addAll(c.getParagraphs())));
      }
      for (XWPFParagraph p : ps) {
        if (p.getText().equals(text)) {
          return p.getRuns().getFirst();
        }
      }
    }
    throw new AssertionError("no paragraph '" + text + "'");
  }

  @Test
  void parts_comeInTheOrderOfDecree30() throws IOException {
    try (XWPFDocument doc = read(docx(haiPhong()))) {
      List<String> ps = paragraphs(doc);
      List<String> order = List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số:       /BC-UBND",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 30 tháng 6 năm 2025",
          "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
          "III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "Nơi nhận:", "- Lưu: VT.",
          "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Biểu số 01");
      int last = -1;
      for (String part : order) {
        int at = ps.indexOf(part);
        assertThat(at).as("'%s' after index %d in %s", part, last, ps).isGreaterThan(last);
        last = at;
      }
      assertThat(ps).anyMatch(p -> p.startsWith("Căn cứ Kế hoạch số 106/KH-UBND"))
          .anyMatch(p -> p.startsWith("Kết quả thực hiện Kế hoạch số 106/KH-UBND năm 2025 của Ủy ban nhân dân thành"
              + " phố Hải Phòng"))
          .anyMatch(p -> p.startsWith("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 106/KH-UBND"))
          .anyMatch(p -> p.startsWith("(Kèm theo Báo cáo số       /BC-UBND ngày 30/06/2025 của Ủy ban nhân dân"))
          .anyMatch(p -> p.startsWith("[Cơ quan soạn thảo bổ sung"));
    }
  }

  @Test
  void sizesAndWeights_areDecree30s() throws IOException {
    try (XWPFDocument doc = read(docx(haiPhong()))) {
      for (String issuer : List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG")) {
        XWPFRun r = firstRun(doc, issuer);
        assertThat(r.isBold()).as(issuer).isTrue();
        assertThat(r.getFontSizeAsDouble()).as(issuer).isBetween(12.0, 13.0);
      }
      XWPFRun nation = firstRun(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(nation.isBold()).isTrue();
      assertThat(nation.getFontSizeAsDouble()).isBetween(12.0, 13.0);
      XWPFRun motto = firstRun(doc, "Độc lập - Tự do - Hạnh phúc");
      assertThat(motto.isBold()).isTrue();
      assertThat(motto.getFontSizeAsDouble()).isBetween(13.0, 14.0);
      assertThat(firstRun(doc, "Số:       /BC-UBND").getFontSizeAsDouble()).isEqualTo(13.0);
      XWPFRun date = firstRun(doc, "Hải Phòng, ngày 30 tháng 6 năm 2025");
      assertThat(date.isItalic()).isTrue();
      XWPFRun title = firstRun(doc, "BÁO CÁO");
      assertThat(title.isBold()).isTrue();
      assertThat(title.getFontSizeAsDouble()).isBetween(13.0, 14.0);
      assertThat(firstRun(doc, "Nơi nhận:").isBold()).isTrue();
      assertThat(firstRun(doc, "Nơi nhận:").isItalic()).isTrue();
      assertThat(firstRun(doc, "TM. ỦY BAN NHÂN DÂN").isBold()).isTrue();
      assertThat(nation.getFontFamily()).isEqualTo("Times New Roman");
    }
  }

  @Test
  void rules_underIssuerMottoAndSubject_areShort() throws IOException {
    try (XWPFDocument doc = read(docx(haiPhong()))) {
      // the rules are empty paragraphs with a bottom border, centred by their indents
      List<XWPFParagraph> rules = new ArrayList<>();
      doc.getBodyElements().forEach(e -> {
        if (e instanceof XWPFParagraph p) {
          rules.add(p);
        } else if (e instanceof XWPFTable t) {
          t.getRows().forEach(r -> r.getTableCells().forEach(c -> rules.addAll(c.getParagraphs())));
        }
      });
      List<XWPFParagraph> ruled = rules.stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr()
          .isSetPBdr() && p.getCTP().getPPr().getPBdr().isSetBottom() && p.getText().isEmpty()).toList();
      assertThat(ruled).hasSize(3);
      // under the issuer: 40 % of "THÀNH PHỐ HẢI PHÒNG" at 13 pt bold, within 1/3..1/2 of it
      double line = PdfFonts.metrics(PdfFonts.BOLD).getWidthPoint("THÀNH PHỐ HẢI PHÒNG", 13) * 20;
      int issuerColumn = DocxReport.mm(70) - 216;
      double rule = issuerColumn - ruled.get(0).getIndentationLeft() - ruled.get(0).getIndentationRight();
      assertThat(rule / line).isBetween(1 / 3.0, 0.5);
    }
  }

  @Test
  void pages_A4PortraitWithDecree30Margins_numberedFromPage2_thenALandscapeAppendix() throws IOException {
    try (XWPFDocument doc = read(docx(haiPhong()))) {
      CTSectPr portrait = null;
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
          portrait = p.getCTP().getPPr().getSectPr();
        }
      }
      assertThat(portrait).as("a section break ends the portrait report").isNotNull();
      assertThat(portrait.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(portrait.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      assertThat(mm(portrait.getPgMar().getTop())).isBetween(20.0, 25.0);
      assertThat(mm(portrait.getPgMar().getBottom())).isBetween(20.0, 25.0);
      assertThat(mm(portrait.getPgMar().getLeft())).isBetween(30.0, 35.0);
      assertThat(mm(portrait.getPgMar().getRight())).isBetween(15.0, 20.0);
      assertThat(portrait.isSetTitlePg()).as("the first page has its own (unnumbered) header").isTrue();
      assertThat(portrait.getHeaderReferenceList()).extracting(r -> r.getType().toString())
          .contains(STHdrFtr.FIRST.toString(), STHdrFtr.DEFAULT.toString());

      CTSectPr landscape = doc.getDocument().getBody().getSectPr();
      assertThat(landscape.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
      assertThat(landscape.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
      assertThat(landscape.isSetTitlePg()).as("the appendix's first page is numbered").isFalse();

      XWPFHeader first = header(doc, portrait, STHdrFtr.FIRST);
      XWPFHeader others = header(doc, portrait, STHdrFtr.DEFAULT);
      assertThat(first._getHdrFtr().xmlText()).doesNotContain("PAGE");
      assertThat(others._getHdrFtr().xmlText()).contains("PAGE");
      assertThat(others.getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    }
  }

  private static XWPFHeader header(XWPFDocument doc, CTSectPr s, STHdrFtr.Enum type) {
    String id = s.getHeaderReferenceList().stream().filter(r -> r.getType() == type).findFirst().orElseThrow()
        .getId();
    return (XWPFHeader) doc.getRelationById(id);
  }

  private static double mm(Object twips) {
    return Double.parseDouble(twips.toString()) * 25.4 / 1440;
  }

  @Test
  void signature_keepsWithTheClosingParagraph_andRecipientsEndWithTheArchive() throws IOException {
    ReportMetadata meta = ReportMetadata.builder().signer(new ReportMetadata.Signer(
            java.util.Optional.of(dev.chitieu.core.model.LocalizedText.of("TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PC")),
            java.util.Optional.of(dev.chitieu.core.model.LocalizedText.of("KT. CHỦ TỊCH", "FOR THE CHAIR")),
            dev.chitieu.core.model.LocalizedText.of("PHÓ CHỦ TỊCH", "VICE CHAIR"), java.util.Optional.of("Nguyễn Văn A")))
        .recipient("Bộ Khoa học và Công nghệ (để báo cáo)", "Ministry of Science and Technology").archive("VT, KT")
        .build();
    try (XWPFDocument doc = read(docx(haiPhong().metadata(meta)))) {
      List<IBodyElement> body = doc.getBodyElements();
      int closing = -1;
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i) instanceof XWPFParagraph p && p.getText().startsWith("Trên đây là báo cáo")) {
          closing = i;
        }
      }
      XWPFParagraph c = (XWPFParagraph) body.get(closing);
      assertThat(c.getCTP().getPPr().isSetKeepNext()).isTrue();
      XWPFTable signature = (XWPFTable) body.get(closing + 1);
      assertThat(signature.getRow(0).getCtRow().getTrPr().sizeOfCantSplitArray()).isEqualTo(1);
      XWPFTableCell left = signature.getRow(0).getCell(0);
      XWPFTableCell right = signature.getRow(0).getCell(1);
      assertThat(left.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("Nơi nhận:",
          "- Bộ Khoa học và Công nghệ (để báo cáo);", "- Lưu: VT, KT.");
      assertThat(right.getParagraphs()).extracting(XWPFParagraph::getText).filteredOn(s -> !s.isEmpty())
          .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A");
      assertThat(firstRun(doc, "Nguyễn Văn A").isBold()).isTrue();
    }
  }

  @Test
  void appendix_isTheFormWithItsColumnsAndRows() throws IOException {
    try (XWPFDocument doc = read(docx(haiPhong()))) {
      XWPFTable form = doc.getTables().getLast();
      List<String> header = form.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
      assertThat(header).containsExactly("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện cùng kỳ năm trước",
          "Thực hiện kỳ báo cáo", "So sánh (%)", "", "Đánh giá", "Đơn vị chủ trì", "Nguồn số liệu", "Ghi chú");
      assertThat(form.getRow(1).getCell(6).getText()).isEqualTo("Với cùng kỳ");
      assertThat(form.getRow(1).getCell(7).getText()).isEqualTo("Với kế hoạch");
      assertThat(form.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).as("repeated on every page")
          .isEqualTo(1);
      List<String> names = form.getRows().stream().map(r -> r.getTableCells().size() > 1 ? r.getCell(1).getText()
          : "").toList();
      assertThat(names).contains("Chỉ tiêu chung của thành phố Hải Phòng", "Tỷ trọng kinh tế số trong GRDP",
          "- Nông nghiệp thông minh");
    }
  }

  @Test
  void english_isEnglish() throws IOException {
    try (XWPFDocument doc = read(docx(haiPhong().locale(Lang.EN)))) {
      List<String> ps = paragraphs(doc);
      assertThat(ps).contains("SOCIALIST REPUBLIC OF VIETNAM", "REPORT", "I. RESULTS", "Recipients:", "Form 01");
    }
  }

  @Test
  void sample_isMarkedInTheHeadersAndOnTheFirstPage() throws IOException {
    try (XWPFDocument doc = read(docx(haiPhong().sample(true)))) {
      assertThat(doc.getHeaderList()).allMatch(h -> h.getText().contains("SỐ LIỆU MẪU – SAMPLE DATA"));
      assertThat(paragraphs(doc)).contains("SỐ LIỆU MẪU – KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC (SAMPLE DATA)");
      assertThat(doc.getProperties().getCoreProperties().getTitle()).contains("SAMPLE DATA");
    }
    try (XWPFDocument doc = read(docx(haiPhong()))) {
      assertThat(doc.getHeaderList()).noneMatch(h -> h.getText().contains("SỐ LIỆU MẪU"));
    }
  }

  @Test
  void sameInput_sameBytes_withTheAssessmentsDayOnEveryEntry() throws IOException {
    byte[] a = docx(haiPhong());
    byte[] b = docx(haiPhong());
    assertThat(a).isEqualTo(b);
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(a))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        assertThat(e.getTimeLocal().toLocalDate()).as(e.getName()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
      }
    }
  }
}
