package dev.chitieu.survey.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.survey.AnswerOption;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.ScoreBand;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Responses as a CSV table, one row per respondent: {@code respondent,commune,sector,size,date} and one column per
 * criterion (its id), in any order; the layout online collection tools export. A choice is answered with an option's
 * code or its label in either language; a number with a decimal point (or a decimal comma, if declared). Lines
 * starting with {@code #} before the header are comments (a SAMPLE mark, a note). UTF-8, a byte-order mark allowed,
 * {@code ,} or {@code ;} as separator (guessed from the header).
 *
 * <p>Strict mode throws an {@link InvalidDataException} listing every problem of the file; lenient mode returns the
 * good rows and every bad row with its reasons. In both, every row read is accepted or rejected, and an id on several
 * rows is resolved by the declared {@link DuplicateRule}. Memory grows with the respondents kept, not the file.
 * Thread-safe (no state).
 */
public final class ResponseCsv {
  private ResponseCsv() {}

  /**
   * Reads a table of responses, failing on any problem.
   *
   * @param file the CSV file
   * @param set the criteria set answered; complete
   * @param options the duplicate rule, the regions, the decimal separator
   * @return the responses (and the rows a duplicate rule set aside)
   * @throws InvalidDataException listing every problem with its line and column
   */
  public static ResponseImport readStrict(Path file, CriteriaSet set, ResponseOptions options) {
    return read(file, set, options, false);
  }

  /**
   * Reads a table of responses, setting bad rows aside.
   *
   * @param file the CSV file
   * @param set the criteria set answered; complete
   * @param options the duplicate rule, the regions, the decimal separator
   * @return the good rows' responses and every bad row with its reasons
   * @throws InvalidDataException if the header or the file's encoding or quoting makes the whole file unreadable
   */
  public static ResponseImport readLenient(Path file, CriteriaSet set, ResponseOptions options) {
    return read(file, set, options, true);
  }

  private static ResponseImport read(Path file, CriteriaSet set, ResponseOptions options, boolean lenient) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()), set, options, lenient);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the responses file " + file, e);
    }
  }

  /**
   * Reads a table of responses from a stream.
   *
   * @param in the bytes (UTF-8); not closed
   * @param source the name problems quote
   * @param set the criteria set answered; complete
   * @param options the duplicate rule, the regions, the decimal separator
   * @param lenient whether bad rows are set aside (true) or fail the import (false)
   * @return the responses and the rows set aside
   * @throws InvalidDataException in strict mode for any problem; in both modes for an unreadable header or file
   */
  public static ResponseImport read(InputStream in, String source, CriteriaSet set, ResponseOptions options,
      boolean lenient) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(set, "set");
    requireNonNull(options, "options");
    ResponseRows rows = new ResponseRows(set, options, lenient);
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader text = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    CsvRows csv = null;
    long skipped = 0;
    try {
      text.mark(4);
      if (text.read() != '\uFEFF') {
        text.reset();
      }
      // comment lines before the header
      String header;
      while (true) {
        text.mark(1 << 20);
        header = text.readLine();
        if (header == null) {
          throw ResponseRows.fatal(source, "line " + (skipped + 1), "", "", "holds no header", "a header of the"
              + " columns " + String.join(", ", ResponseRows.columns(set)));
        }
        if (!header.startsWith("#")) {
          text.reset();
          break;
        }
        skipped++;
      }
      csv = new CsvRows(text, skipped + 1);
      csv.separator(CsvRows.guess(header));
      List<String> fields = new ArrayList<>();
      csv.next(fields);
      int[] columnOf = ResponseRows.mapHeader(set, fields, source, "line " + csv.rowLine());
      int width = ResponseRows.columns(set).size();
      while (!rows.stopped() && csv.next(fields)) {
        if (CsvRows.blank(fields)) {
          continue;
        }
        String where = "line " + csv.rowLine();
        if (csv.badQuote() != null && csv.badQuote().contains("never closed")) {
          throw ResponseRows.fatal(source, where, "", "", csv.badQuote() + ", so no row after it can be read",
              "a closing \" for every opening one; a quote inside a quoted field written twice (\"\")");
        }
        List<String> canonical = new ArrayList<>(Collections.nCopies(width, ""));
        String shape = null;
        if (fields.size() != columnOf.length) {
          shape = "has " + fields.size() + " fields, the header " + columnOf.length;
        } else if (csv.badQuote() != null) {
          shape = csv.badQuote();
        } else if (csv.tooLong()) {
          shape = "has a field longer than " + CsvRows.FIELD_LIMIT + " characters";
        }
        for (int i = 0; i < Math.min(fields.size(), columnOf.length); i++) {
          canonical.set(columnOf[i], fields.get(i));
        }
        if (shape != null) {
          rows.shapeProblem(source, where, canonical, shape);
          continue;
        }
        rows.row(source, where, canonical, null);
      }
    } catch (CharacterCodingException e) {
      throw ResponseRows.fatal(source, "line " + (csv == null ? skipped + 1 : csv.line()), "", "",
          "holds bytes that are not UTF-8",
          "the file saved as UTF-8 (in Excel: CSV UTF-8)");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the responses " + source, e);
    }
    return rows.finish(source);
  }

  /**
   * Writes responses as a table in the canonical layout (codes for choices, decimal points for numbers).
   *
   * @param responses the responses
   * @param out where to write (UTF-8); not closed
   */
  public static void write(Responses responses, OutputStream out) {
    requireNonNull(responses, "responses");
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      if (responses.set().sample()) {
        w.write("# SAMPLE DATA / DỮ LIỆU MẪU: invented for demonstration / giả lập để minh họa\n");
      }
      w.write(String.join(",", ResponseRows.columns(responses.set())) + "\n");
      List<String> row = new ArrayList<>();
      for (int i = 0; i < responses.size(); i++) {
        row.clear();
        row.add(responses.id(i));
        row.add(responses.commune(i).value());
        row.add(responses.sector(i));
        row.add(responses.sizeClass(i).code());
        row.add(responses.date(i).toString());
        for (int k = 0; k < responses.criteria().size(); k++) {
          row.add(responses.answerText(i, k));
        }
        w.write(String.join(",", row.stream().map(ResponseCsv::quote).toList()));
        w.write('\n');
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the responses", e);
    }
  }

  /**
   * Writes the CSV layout of a set for online collection tools: the header row, and a codebook below it as comment
   * lines is not used (tools choke on them); the codebook goes to its own stream, one line per answer: {@code
   * criterion,pillar,component,question_vi,question_en,answer,label_vi,label_en,score}, numbers with their bands.
   *
   * @param set the criteria set; complete
   * @param header where the header row goes; not closed
   * @param codebook where the codebook goes; not closed
   */
  public static void writeLayout(CriteriaSet set, OutputStream header, OutputStream codebook) {
    set.requireComplete("write its CSV layout");
    try {
      Writer h = new OutputStreamWriter(header, StandardCharsets.UTF_8);
      h.write(String.join(",", ResponseRows.columns(set)) + "\n");
      h.flush();
      Writer c = new BufferedWriter(new OutputStreamWriter(codebook, StandardCharsets.UTF_8));
      c.write("criterion,pillar,component,question_vi,question_en,answer,label_vi,label_en,score\n");
      set.pillars().forEach(p -> p.components().orElseThrow().forEach(comp -> comp.criteria().orElseThrow()
          .forEach(k -> codebookLines(c, p.id(), comp.id(), k))));
      c.flush();
    } catch (IOException | UncheckedIOException e) {
      throw e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
    }
  }

  private static void codebookLines(Writer c, String pillar, String component, Criterion k) {
    String head = String.join(",", quote(k.id()), quote(pillar), quote(component),
        quote(k.question().orElseThrow().vi()), quote(k.question().orElseThrow().en()));
    try {
      Scale s = k.scale().orElseThrow();
      if (s instanceof Scale.Choice ch) {
        for (AnswerOption o : ch.options()) {
          c.write(head + "," + String.join(",", quote(o.code()), quote(o.label().vi()), quote(o.label().en()),
              o.notApplicable() ? "" : o.score().toPlainString()) + "\n");
        }
      } else {
        for (ScoreBand b : ((Scale.Numeric) s).bands()) {
          String range = b.from().toPlainString() + " ≤ x" + b.below().map(x -> " < " + x.toPlainString()).orElse("");
          c.write(head + "," + String.join(",", quote(range), quote("số " + range), quote("number " + range),
              b.score().toPlainString()) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String s) {
    String t = s;
    if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !isNumber(t)) {
      t = "'" + t;
    }
    if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0
        || t.indexOf(';') >= 0) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
