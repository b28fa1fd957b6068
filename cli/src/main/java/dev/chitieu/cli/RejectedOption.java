package dev.chitieu.cli;

import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --rejected FILE} option of the commands that read a data file: every row the import sets aside goes to
 * that file, with its problems, so that the file alone can be fixed and read again.
 */
final class RejectedOption {
  @Option(names = "--rejected", paramLabel = "FILE",
      description = "write every row set aside (bad rows with --lenient, rows a --duplicates policy dropped) to FILE"
          + " as CSV, the fields as read plus a 'problems' column, to fix and read again; with it there is no limit"
          + " on the number of bad rows / ghi mọi dòng bị bỏ qua (kèm lỗi) vào FILE để sửa và nhập lại")
  private Path file;

  /** The options with the rejected-rows file, when {@code --rejected} is given; else the options as they are. */
  ImportOptions apply(ImportOptions options) {
    if (file == null) {
      return options;
    }
    if (Files.isDirectory(file)) {
      throw CliException.usage("--rejected " + file + " is a folder; expected a file to write the rejected rows to"
          + " / --rejected cần tên tệp, không phải thư mục");
    }
    return options.withRejectedRowsFile(file);
  }

  /** The file given with {@code --rejected}, or null. */
  Path file() {
    return file;
  }

  /** Says where the rejected rows went, when a file was given and a row was set aside. */
  void tell(ImportResult imported, PrintWriter err) {
    if (file != null && imported.rowsRejected() > 0) {
      err.println("chitieu: " + imported.rowsRejected() + (imported.rowsRejected() == 1 ? " row" : " rows")
          + " set aside written to / dòng bị bỏ qua đã ghi vào: " + file);
      err.flush();
    }
  }
}
