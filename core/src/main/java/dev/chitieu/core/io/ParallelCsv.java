package dev.chitieu.core.io;

import com.google.common.util.concurrent.Uninterruptibles;
import dev.chitieu.core.internal.store.CodedRows;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data rows of a CSV file read on several threads, with the result of a read on one: the same set, the same
 * rejected rows in file order, the same messages with the same lines.
 *
 * <p>The bytes after the header are cut into chunks at line feeds. Each chunk is read on a thread of its own by the
 * fast path ({@link FastPath}) into a builder of its own; a row the fast path does not take is only found (where it
 * ends and how many lines it spans, quoted fields and their line breaks included: {@link CsvReader#skipRow}), noted
 * and left for the calling thread. The calling thread puts the chunks together in file order: the rows of a chunk
 * are added to the import's builder with their codes translated and their lines shifted, and each noted row is read
 * the checked way ({@link RowImporter#row}) at its place, so that problems, rejected rows, limits and the
 * rejected-rows file see the rows in file order, as on one thread.
 *
 * <p>A line feed is not always the end of a row: a quoted field can hold one. A thread reads its chunk as if a row
 * started at its first byte; the calling thread takes a chunk only where that is proved: the first chunk starts at
 * the first data row, a chunk read to its end ends at a row's end, where the next chunk starts, and the calling thread
 * takes any other chunk only when it stands exactly at its start. A chunk stops at a row that cannot be told apart in
 * its bytes: a quoted field not closed before the chunk's end, a lone CR (or at its start when its bytes are not all
 * UTF-8, or when it is too long to be held); from there the calling thread reads on, one row after the other as a
 * read on one thread does, until it stands exactly at the start of a later chunk, which is then taken as read; a
 * quoted field across a chunk's start makes the calling thread read past that chunk, which is dropped.
 *
 * <p>The chunks held at once are bounded by bytes, whatever the number of threads ({@link #budget}). Not
 * thread-safe; one per input.
 */
final class ParallelCsv {
  /** Bytes of an input read at any position; safe to call from several threads at once. */
  interface Bytes {
    /** The input's size in bytes. */
    long size() throws IOException;

    /** Reads up to {@code len} bytes from {@code position}; returns how many, or -1 at the end. */
    int read(long position, byte[] b, int off, int len) throws IOException;
  }

  /** A file's bytes, open until closed. */
  static FileBytes open(Path file) throws IOException {
    return new FileBytes(file);
  }

  /**
   * A file's bytes, read by position on any number of threads. An interrupt does not stop a read, on one thread as on
   * several: a {@link FileChannel} is closed by an interrupt of a thread reading it (and then fails every read, on
   * every thread), so each read takes the thread's interrupt off while it reads and puts it back after, and a channel
   * an interrupt closed all the same is opened again and the read made again. The import reads on; the caller sees
   * its thread interrupted when the import returns.
   */
  static final class FileBytes implements Bytes, Closeable {
    private final Path file;
    private volatile FileChannel channel;
    private boolean closed;

    private FileBytes(Path file) throws IOException {
      this.file = file;
      this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    private interface Call {
      long on(FileChannel channel) throws IOException;
    }

    @Override
    public long size() throws IOException {
      return call(FileChannel::size);
    }

    @Override
    public int read(long position, byte[] b, int off, int len) throws IOException {
      return (int) call(c -> c.read(ByteBuffer.wrap(b, off, len), position));
    }

    private long call(Call call) throws IOException {
      boolean interrupted = Thread.interrupted();
      try {
        while (true) {
          FileChannel c = channel;
          try {
            return call.on(c);
          } catch (ClosedChannelException e) {
            // an interrupt of this thread or of another one closed the channel during a read: open it again
            interrupted |= Thread.interrupted();
            reopen(c, e);
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private synchronized void reopen(FileChannel broken, ClosedChannelException e) throws IOException {
      if (closed) {
        throw e;
      }
      if (channel == broken) {
        channel = FileChannel.open(file, StandardOpenOption.READ);
      }
    }

    @Override
    public synchronized void close() throws IOException {
      closed = true;
      channel.close();
    }
  }

  /** Bytes in memory. */
  static Bytes of(byte[] bytes) {
    return new Bytes() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public int read(long position, byte[] b, int off, int len) {
        if (position >= bytes.length) {
          return -1;
        }
        int n = (int) Math.min(len, bytes.length - position);
        System.arraycopy(bytes, (int) position, b, off, n);
        return n;
      }
    };
  }

  /** The bytes from a position on as a stream. */
  static InputStream stream(Bytes bytes, long from) {
    return new InputStream() {
      private long position = from;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        int n = bytes.read(position, b, off, len);
        if (n > 0) {
          position += n;
        }
        return n;
      }
    };
  }

  /** The smallest chunk: a file smaller than two is read on the calling thread. */
  static final long MIN_CHUNK = 1 << 19;
  private static final long MAX_CHUNK = 8 << 20;
  /** The most bytes of chunks held at once, whatever the thread count and the heap. */
  static final long MAX_HELD = 32 << 20;

  /**
   * How a parallel read is set up.
   *
   * @param threads how many threads read chunks (at least 2)
   * @param chunkBytes the size of a chunk, or 0 to choose it from the input's size
   * @param heldBytes the most bytes of chunks held at once, or 0 for {@link #budget} of the heap
   * @param probe where the read notes what it did, for the tests; or null
   */
  record Setup(int threads, long chunkBytes, long heldBytes, Probe probe) {
    /** On {@code threads} threads, the chunks and the bytes held chosen from the input and the heap. */
    static Setup threads(int threads) {
      return new Setup(threads, 0, 0, null);
    }
  }

  /** What a parallel read did, for the tests. */
  static final class Probe {
    /** Into how many chunks the input was cut (0: too small, read on the calling thread). */
    int chunks;
    /** The size of a chunk. */
    long chunkBytes;
    /** The most bytes of chunks held at once that the read allowed itself. */
    long budget;
    /**
     * The most bytes of chunks submitted and not yet put together (or read past and still being read), at any time
     * more than two chunks were (two are submitted whatever the budget).
     */
    long peakBytes;
    /** The most chunks submitted and not yet put together, at any time. */
    int peakChunks;
    /** How many chunks stopped before their end (the calling thread read on from there). */
    int stopped;
    /** How many imports the threads' lanes opened, and how many of them were still open when the read ended. */
    int lanes;
    int lanesOpen;
  }

  /**
   * The most bytes of chunks a read holds at once (submitted to the threads and not yet put together), the same for
   * any number of threads: {@link #MAX_HELD}, or a sixteenth of the heap when that is less. Each chunk's bytes come
   * with its rows as codes, about as large again, so an import's chunks take at most about an eighth of the heap.
   *
   * @param maxHeap the most heap the JVM will use ({@link Runtime#maxMemory()})
   */
  static long budget(long maxHeap) {
    return Math.min(MAX_HELD, maxHeap / 16);
  }

  /**
   * The size of a chunk: a sixteenth of the data per thread, within {@link #MIN_CHUNK} and 8 MB, and small enough that
   * the chunks the threads are kept busy with ({@code threads + 2}) fit the budget (with room for the bytes to the
   * line feed a chunk ends at), unless that is less than the smallest chunk.
   */
  static long chunkSize(long dataBytes, int threads, long budget) {
    long fits = budget / (threads + 2) / 16 * 15;
    return Math.max(MIN_CHUNK, Math.min(Math.min(MAX_CHUNK, dataBytes / (threads * 16L)), fits));
  }

  private final Bytes bytes;
  private final String source;
  private final ImportOptions options;
  private final RowImporter rows;
  private final boolean lenient;
  private final List<String> header;
  private final long headerLine;
  private final char separator;
  private final int threads;
  private final Setup setup;
  private final List<String> values = new ArrayList<>();
  /** Where each chunk starts, then the input's end. */
  private long[] starts;
  /** The line the next row to be read is on, as the reader counts lines. */
  private long line;
  /** How many more lines the reader counted than line feeds (lone CRs): the line {@link Utf8Check} counts is less. */
  private long loneCr;
  private int input = -1;
  private CsvReader slow;
  /**
   * The fast path of each thread of the pool, kept from chunk to chunk so that a value is made and checked once per
   * thread, not once per chunk.
   */
  private final ThreadLocal<FastPath> lanes = ThreadLocal.withInitial(this::lane);
  /** The imports of the lanes, closed when the read ends. */
  private final Queue<RowImporter> laneImports = new ConcurrentLinkedQueue<>();
  /**
   * The arrays of chunks put together, free again: a thread reads its next chunk into one rather than into a new
   * array the heap must clear. Only arrays of a chunk's usual size come back (a chunk a long line made longer has one
   * of its own, let go), so there are never more of them, nor more bytes, than chunks held at once.
   */
  private final Queue<byte[]> spare = new ConcurrentLinkedQueue<>();
  /** The builders of chunks put together, whose arrays the builder of a chunk read later takes. */
  private final Queue<CodedRows> spareRows = new ConcurrentLinkedQueue<>();
  /** The size of a chunk, as chosen; a chunk's length is within a line of it. */
  private long chunkBytes;

  /**
   * Starts a parallel read of the data rows.
   *
   * @param bytes the input
   * @param source its name
   * @param options the options, with any directive of the file applied
   * @param rows the import, its header read
   * @param lenient whether it is lenient
   * @param header the header's fields
   * @param headerLine the header's line
   * @param separator the separator
   * @param setup the threads, the chunks and the bytes held at once
   */
  ParallelCsv(Bytes bytes, String source, ImportOptions options, RowImporter rows, boolean lenient,
      List<String> header, long headerLine, char separator, Setup setup) {
    this.bytes = bytes;
    this.source = source;
    this.options = options;
    this.rows = rows;
    this.lenient = lenient;
    this.header = List.copyOf(header);
    this.headerLine = headerLine;
    this.separator = separator;
    this.threads = setup.threads();
    this.setup = setup;
  }

  /**
   * Reads the data rows from {@code start} on, a row's start after a line feed, into the import, if the input is
   * large enough to be cut into chunks.
   *
   * @param start where the data rows start
   * @param startLine the line they start on, as the reader counts lines
   * @param startLoneCr how many lone CRs the reader counted before
   * @return false, having read nothing, when the input is too small to be cut
   */
  boolean read(long start, long startLine, long startLoneCr) throws IOException {
    long size = bytes.size();
    long budget = setup.heldBytes() > 0 ? setup.heldBytes() : budget(Runtime.getRuntime().maxMemory());
    long s = setup.chunkBytes() > 0 ? setup.chunkBytes() : chunkSize(size - start, threads, budget);
    starts = boundaries(start, size, s);
    chunkBytes = s;
    int count = starts.length - 1;
    Probe probe = setup.probe();
    if (probe != null) {
      probe.chunks = count < 2 ? 0 : count;
      probe.chunkBytes = s;
      probe.budget = budget;
    }
    if (count < 2) {
      return false;
    }
    line = startLine;
    loneCr = startLoneCr;
    long cap = 4 * s + (1 << 16);
    List<Thread> poolThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, THREAD_NAME);
      t.setDaemon(true);
      poolThreads.add(t);
      return t;
    });
    List<Future<Chunk>> futures = new ArrayList<>(Collections.nCopies(count, null));
    int submitted = 0;
    // the chunks submitted and not yet put together, and their bytes: at most two more chunks than threads, and at
    // most the budget's bytes but for the first two, so that the heap holds a few chunks, never the file, whatever the
    // number of threads; the bytes of chunks read past that a thread still reads count until it has ended them
    int window = threads + 2;
    long held = 0;
    AtomicIntegerArray state = new AtomicIntegerArray(count);
    AtomicLong readPast = new AtomicLong();
    try {
      int k = 0;
      while (k < count) {
        while (submitted < count && submitted - k < window && (submitted - k < 2 || held + readPast.get() + held(
            submitted, cap) <= budget)) {
          int i = submitted++;
          held += held(i, cap);
          futures.set(i, pool.submit(() -> {
            if (!state.compareAndSet(i, WAITING, READING)) {
              return null; // read past before it was started
            }
            try {
              return chunk(i, cap);
            } finally {
              if (state.getAndSet(i, READ) == READ_PAST) {
                readPast.addAndGet(-held(i, cap));
              }
            }
          }));
        }
        if (probe != null) {
          if (submitted - k > 2) {
            probe.peakBytes = Math.max(probe.peakBytes, held + readPast.get());
          }
          probe.peakChunks = Math.max(probe.peakChunks, submitted - k);
        }
        Chunk c = get(futures.get(k));
        futures.set(k, null);
        merge(c, k);
        if (probe != null && c.stopAt >= 0) {
          probe.stopped++;
        }
        if (c.stopAt < 0) {
          line += c.lines;
          held -= held(k, cap);
          k++;
          continue;
        }
        int next = readOn(starts[k] + c.stopAt, k);
        for (int i = k; i < next && i < submitted; i++) {
          held -= held(i, cap);
          if (i > k) {
            // read on the calling thread instead: not started, it never will be; being read, its bytes count until
            // its thread ends it
            if (!state.compareAndSet(i, WAITING, DROPPED) && state.compareAndSet(i, READING, READ_PAST)) {
              readPast.addAndGet(held(i, cap));
            }
            futures.get(i).cancel(false);
            futures.set(i, null);
          }
        }
        submitted = Math.max(submitted, next);
        k = next;
      }
    } finally {
      end(pool, poolThreads, futures);
    }
    return true;
  }

  /** The states of a chunk: submitted, being read by a thread, read, read past before it was started, read past. */
  private static final int WAITING = 0;
  private static final int READING = 1;
  private static final int READ = 2;
  private static final int DROPPED = 3;
  private static final int READ_PAST = 4;

  /** The name of the threads that read chunks. */
  static final String THREAD_NAME = "chitieu-csv-import";

  /** How long the end of a read waits for the threads to stop: each stops within the chunk it reads. */
  private static final Duration STOPPING = Duration.ofMinutes(1);

  /**
   * Ends a read, put together or failed: the chunks not yet started are cancelled, and the threads are waited for to
   * the end (one reading a chunk stops at the chunk's end; they are not interrupted, so that a thread reading the file
   * does not close it under the others), so that no thread of the read is alive, reading the file or holding a chunk,
   * once the import has returned or thrown; then the lanes' imports are closed.
   */
  private void end(ExecutorService pool, List<Thread> poolThreads, List<Future<Chunk>> futures) {
    for (Future<Chunk> f : futures) {
      if (f != null) {
        f.cancel(false);
      }
    }
    pool.shutdown();
    // the heap need not hold the spare arrays while the set is built
    spare.clear();
    spareRows.clear();
    long deadline = System.nanoTime() + STOPPING.toNanos();
    for (Thread t : poolThreads) {
      Uninterruptibles.joinUninterruptibly(t, Duration.ofNanos(deadline - System.nanoTime()));
    }
    if (!pool.isTerminated()) {
      pool.shutdownNow(); // not seen in practice: a thread that did not end its chunk within the time
    }
    // a lane's import only checks values (it never rejects a row, so never opens a rejected-rows file); closing it
    // lets go of its empty builder, and keeps the rule that every import started is closed
    for (RowImporter r : laneImports) {
      r.close();
    }
    Probe probe = setup.probe();
    if (probe != null) {
      probe.lanes = laneImports.size();
      probe.lanesOpen = (int) laneImports.stream().filter(r -> r.coded() != null).count();
    }
  }

  /** The length of the arrays chunks are read into: the chunk's size and 4 KB, for the line a chunk ends on. */
  private long usualArray() {
    return chunkBytes + (1 << 12);
  }

  /** The bytes a chunk holds while it is read and put together: none when it is too long to be held. */
  private long held(int i, long cap) {
    long length = starts[i + 1] - starts[i];
    return length > cap ? 0 : length;
  }

  /**
   * Where the chunks start: at {@code start}, then after the first line feed at or after each multiple of {@code
   * size} (a window without one makes no chunk there); the input's end last.
   */
  private long[] boundaries(long start, long end, long size) throws IOException {
    long[] out = new long[16];
    int n = 0;
    out[n++] = start;
    byte[] b = new byte[4096];
    for (long nominal = start + size; nominal < end; nominal += size) {
      long at = nominal - 1;
      long stop = Math.min(nominal + size - 1, end);
      long found = -1;
      while (found < 0 && at < stop) {
        int r = bytes.read(at, b, 0, (int) Math.min(b.length, stop - at));
        if (r <= 0) {
          break;
        }
        for (int i = 0; i < r; i++) {
          if (b[i] == '\n') {
            found = at + i;
            break;
          }
        }
        at += r;
      }
      if (found >= 0 && found + 1 < end) {
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = found + 1;
      }
    }
    if (n == out.length) {
      out = Arrays.copyOf(out, n + 1);
    }
    out[n++] = end;
    return Arrays.copyOf(out, n);
  }

  /** A chunk as a thread read it. */
  private static final class Chunk {
    /** The rows the fast path read, with lines from 1 at the chunk's start. */
    CodedRows coded;
    /** The values of the codes of its lane when it was read ({@link FastPath#codeValues()}). */
    CodedRows.CodeValues codeValues;
    /** What the calling thread has learnt of its lane's codes. */
    CodedRows.Translation translation;
    /** The array of the chunk's bytes, which the rows left for the calling thread are read from. */
    byte[] bytes;
    /** Per row left: the rows read before it, its start and end in the chunk, its line. */
    int[] slow = new int[0];
    int slowCount;
    /** Where the chunk stops being read (a row's start), or -1 when it was read to its end. */
    int stopAt = -1;
    /** The line of that row, counting from 1 at the chunk's start. */
    long stopLine;
    /** How many lines the chunk holds, when read to its end. */
    long lines;

    static Chunk stopped() {
      Chunk c = new Chunk();
      c.stopAt = 0;
      c.stopLine = 1;
      return c;
    }

    void leave(int before, int from, int to, long line) {
      if (4 * slowCount + 4 > slow.length) {
        slow = Arrays.copyOf(slow, Math.max(64, 2 * slow.length));
      }
      slow[4 * slowCount] = before;
      slow[4 * slowCount + 1] = from;
      slow[4 * slowCount + 2] = to;
      slow[4 * slowCount + 3] = (int) line;
      slowCount++;
    }
  }

  /** A thread's fast path, with an import of its own to check values (its rows go to each chunk's builder). */
  private FastPath lane() {
    RowImporter own = RowImporter.start(options, source, () -> "line", lenient);
    laneImports.add(own);
    own.header(header, headerLine);
    return FastPath.of(own, CsvReader.over(new byte[0], 0, source, options.limits(), separator), options, -1);
  }

  /** Reads chunk {@code i} on a thread of the pool. */
  private Chunk chunk(int i, long cap) throws IOException {
    long from = starts[i];
    long length = starts[i + 1] - from;
    if (length > cap) {
      return Chunk.stopped(); // a line too long to hold: the calling thread streams it
    }
    int n = (int) length;
    byte[] b = spare.poll();
    if (b == null || b.length < n) {
      // a little more than the chunk's size, so that the next chunks, a line longer or shorter, fit in it too
      b = new byte[(int) Math.min(cap, Math.max(n, usualArray()))];
    }
    for (int done = 0; done < n; ) {
      int r = bytes.read(from + done, b, done, n - done);
      if (r < 0) {
        return Chunk.stopped(); // the input changed under the import: its checks say what is there
      }
      done += r;
    }
    if (!ascii(b, n) && Utf8.firstInvalid(b, 0, n) >= 0) {
      return Chunk.stopped(); // the calling thread reads it, and says where the bytes are not UTF-8
    }
    CsvReader reader = CsvReader.over(b, n, source, options.limits(), separator);
    FastPath fast = lanes.get();
    CodedRows coded = fast.nextChunk(reader, spareRows.poll());
    coded.reserve((int) Math.min(Integer.MAX_VALUE - 8L, n / 48 + 16));
    Chunk c = new Chunk();
    c.coded = coded;
    c.translation = fast.translation();
    while (true) {
      if (fast.row()) {
        continue;
      }
      int at = (int) reader.position();
      if (at >= n) {
        c.lines = reader.line() - 1;
        break;
      }
      long rowLine = reader.line();
      int next = reader.skipRow();
      if (next < 0) {
        c.stopAt = at;
        c.stopLine = rowLine;
        break;
      }
      c.leave(coded.size(), at, next, rowLine);
    }
    c.bytes = b;
    c.codeValues = fast.codeValues();
    return c;
  }

  private static boolean ascii(byte[] b, int n) {
    long any = 0;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      any |= Swar.word(b, i);
    }
    for (; i < n; i++) {
      any |= b[i];
    }
    return (any & Swar.HIGH) == 0;
  }

  /** Puts chunk {@code k} into the import: its rows, and the rows it left read the checked way, in file order. */
  private void merge(Chunk c, int k) throws IOException {
    if (c.coded != null) {
      c.translation.learn(c.codeValues);
    }
    long shift = line - 1;
    int done = 0;
    for (int s = 0; s < c.slowCount; s++) {
      int before = c.slow[4 * s];
      add(c, done, before, shift);
      done = before;
      if (slow == null) {
        slow = CsvReader.over(new byte[0], 0, source, options.limits(), separator);
      }
      int from = c.slow[4 * s + 1];
      slow.reset(c.bytes, from, c.slow[4 * s + 2], starts[k] + from, c.slow[4 * s + 3] + shift);
      slow.readRow(values, rows);
    }
    if (c.coded != null) {
      add(c, done, c.coded.size(), shift);
    }
    if (c.stopAt >= 0) {
      line = c.stopLine + shift;
    }
    if (c.bytes != null && c.bytes.length <= usualArray()) {
      spare.offer(c.bytes); // read and put together: a later chunk is read into it
    }
    c.bytes = null;
    if (c.coded != null) {
      spareRows.offer(c.coded); // and its rows into the arrays of this one
      c.coded = null;
    }
    sizeFor(c.stopAt >= 0 ? starts[k] + c.stopAt : starts[k + 1]);
  }

  /**
   * Sizes the import's builder for the rest of the input at each doubling of its rows ({@link
   * CodedRows#sizeForInput}); called after the rows are added here and by {@link #readOn}.
   *
   * @param readTo where the rows in the builder end in the input
   */
  private void sizeFor(long readTo) {
    CodedRows into = rows.coded();
    if (into != null) {
      into.sizeForInput(readTo - starts[0], starts[starts.length - 1] - readTo);
    }
  }

  /** Adds rows {@code [from, to)} of a chunk to the import. */
  private void add(Chunk c, int from, int to, long shift) {
    CodedRows chunk = c.coded;
    if (to <= from) {
      return;
    }
    CodedRows into = rows.coded();
    if (into != null) {
      if (input < 0) {
        input = rows.inputCode(into);
      }
      into.addAll(chunk, from, to, shift, input, c.translation);
    }
    rows.fastRows(to - from, chunk.line(to - 1) + shift);
  }

  /**
   * Reads on from a row's start on the calling thread, as a read on one thread does, until the reader stands exactly
   * at the start of a later chunk, or at the end.
   *
   * @return the chunk it stands at, or the number of chunks at the end of the input
   */
  private int readOn(long at, int k) throws IOException {
    int count = starts.length - 1;
    CsvReader reader = new CsvReader(new Utf8Check(stream(bytes, at), at, line - loneCr), source,
        options.limits());
    reader.startAt(at, line);
    reader.separator(separator);
    FastPath fast = FastPath.of(rows, reader, options, -1);
    int j = k + 1;
    while (true) {
      if ((fast == null || !fast.row()) && !reader.readRow(values, rows)) {
        return count;
      }
      long p = reader.position();
      sizeFor(p);
      while (j < count && starts[j] < p) {
        j++;
      }
      if (j < count && starts[j] == p) {
        line = reader.line();
        loneCr += reader.loneCarriageReturns();
        return j;
      }
    }
  }

  /**
   * A chunk once read, waited for without heeding an interrupt, as a read on one thread reads on: the import is
   * finished, and the interrupt put back on the thread for its caller.
   */
  private static Chunk get(Future<Chunk> f) throws IOException {
    try {
      return Uninterruptibles.getUninterruptibly(f);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error r) {
        throw r;
      }
      if (cause instanceof IOException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }
}
