package dev.chitieu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The Liberation Serif fonts (the metric twin of Times New Roman, with every Vietnamese letter) from the
 * openpdf-fonts-extra jar, embedded as subsets with Identity-H encoding. The subset tag that PDF puts before a font's
 * name is drawn from a random source seeded by the font's name, so that the same document gives the same bytes.
 */
final class PdfFonts {
  static final String REGULAR = "LiberationSerif-Regular.ttf";
  static final String BOLD = "LiberationSerif-Bold.ttf";
  static final String ITALIC = "LiberationSerif-Italic.ttf";
  static final String BOLD_ITALIC = "LiberationSerif-BoldItalic.ttf";

  /** Where openpdf-fonts-extra keeps them. */
  private static final String DIR = "liberation/";

  final BaseFont regular;
  final BaseFont bold;
  final BaseFont italic;
  final BaseFont boldItalic;

  /** Fresh fonts for one document: a font collects the glyphs a document uses, so documents don't share them. */
  PdfFonts() {
    this.regular = load(REGULAR);
    this.bold = load(BOLD);
    this.italic = load(ITALIC);
    this.boldItalic = load(BOLD_ITALIC);
  }

  /**
   * A font for measuring text only (the workbook's row heights): not embedded, loaded afresh; its widths are those
   * of the embedded font.
   */
  static BaseFont metrics(String file) {
    try {
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, false, Bytes.of(file), null);
    } catch (DocumentException | IOException e) {
      throw new ReportException("could not load the font " + DIR + file + " from openpdf-fonts-extra; is "
          + "com.github.librepdf:openpdf-fonts-extra on the class path?", e);
    }
  }

  private static BaseFont load(String file) {
    byte[] bytes = Bytes.of(file);
    try {
      BaseFont f = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      f.setSubset(true);
      f.setSecureRandom(new SeededRandom(file.hashCode()));
      return f;
    } catch (DocumentException | IOException e) {
      throw new ReportException("could not load the font " + DIR + file + " from openpdf-fonts-extra; is "
          + "com.github.librepdf:openpdf-fonts-extra on the class path?", e);
    }
  }

  /** The font files, read once. */
  private static final class Bytes {
    private static final byte[][] ALL = {read(REGULAR), read(BOLD), read(ITALIC), read(BOLD_ITALIC)};

    static byte[] of(String file) {
      return switch (file) {
        case REGULAR -> ALL[0];
        case BOLD -> ALL[1];
        case ITALIC -> ALL[2];
        default -> ALL[3];
      };
    }

    private static byte[] read(String file) {
      try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIR + file)) {
        if (in == null) {
          throw new ReportException("the font " + DIR + file + " is not on the class path; add "
              + "com.github.librepdf:openpdf-fonts-extra, which ships the Liberation fonts");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the font " + DIR + file, e);
      }
    }
  }

  /** A repeatable random source for the subset tags; nothing here is about security. */
  static final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient SplittableRandom random;

    SeededRandom(long seed) {
      this.random = new SplittableRandom(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
      random.nextBytes(bytes);
    }

    @Override
    public double nextDouble() {
      return random.nextDouble();
    }

    @Override
    public int nextInt() {
      return random.nextInt();
    }
  }
}
