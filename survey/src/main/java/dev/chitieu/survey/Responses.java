package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of many respondents to one complete criteria set, stored by column so that a million respondents of
 * 60 criteria take about 60 MB: one byte per chosen option, eight per numeric answer, and the respondents' communes,
 * sectors, size classes and dates dictionary-encoded. Every respondent answers every criterion. Respondent ids are
 * unique. Immutable and thread-safe; built by {@link #builder(CriteriaSet)} or read by the importers of {@code
 * dev.chitieu.survey.io}.
 */
public final class Responses {
  private final CriteriaSet set;
  private final List<Criterion> criteria;
  private final int width;
  private final int numericWidth;
  /** For each criterion, its column among the numeric answers, or -1 for a choice. */
  private final int[] numericColumn;
  private final int size;
  private final String[] ids;
  private final int[] commune;
  private final RegionCode[] communes;
  private final int[] sector;
  private final String[] sectors;
  private final byte[] sizeClass;
  private final long[] epochDay;
  private final byte[] choices;
  private final double[] numbers;

  private Responses(Builder b, int[] keep) {
    this.set = b.set;
    this.criteria = b.criteria;
    this.width = b.width;
    this.numericWidth = b.numericWidth;
    this.numericColumn = b.numericColumn;
    this.size = keep.length;
    this.ids = new String[size];
    this.commune = new int[size];
    this.sector = new int[size];
    this.sizeClass = new byte[size];
    this.epochDay = new long[size];
    this.choices = new byte[size * width];
    this.numbers = new double[size * numericWidth];
    for (int i = 0; i < size; i++) {
      int from = keep[i];
      ids[i] = b.ids[from];
      commune[i] = b.commune[from];
      sector[i] = b.sector[from];
      sizeClass[i] = b.sizeClass[from];
      epochDay[i] = b.epochDay[from];
      System.arraycopy(b.choices, from * width, choices, i * width, width);
      System.arraycopy(b.numbers, from * numericWidth, numbers, i * numericWidth, numericWidth);
    }
    this.communes = b.communes.toArray(RegionCode[]::new);
    this.sectors = b.sectors.toArray(String[]::new);
  }

  /**
   * Starts a collection of responses to a set.
   *
   * @param set the criteria set; complete
   * @return a builder
   * @throws InvalidCriteriaSetException if the set is not complete
   */
  public static Builder builder(CriteriaSet set) {
    return new Builder(set);
  }

  /** The criteria set answered. */
  public CriteriaSet set() {
    return set;
  }

  /** How many respondents. */
  public int size() {
    return size;
  }

  /** The set's criteria in column order: criterion {@code k} of the accessors is {@code criteria().get(k)}. */
  public List<Criterion> criteria() {
    return criteria;
  }

  /**
   * A respondent.
   *
   * @param i the respondent's index, from 0
   * @return who answered
   */
  public Respondent respondent(int i) {
    return new Respondent(ids[i], communes[commune[i]], sectors[sector[i]], SizeClass.values()[sizeClass[i]],
        LocalDate.ofEpochDay(epochDay[i]));
  }

  /** The id of respondent {@code i}. */
  public String id(int i) {
    return ids[i];
  }

  /** The commune of respondent {@code i}. */
  public RegionCode commune(int i) {
    return communes[commune[i]];
  }

  /** The sector of respondent {@code i}; may be blank. */
  public String sector(int i) {
    return sectors[sector[i]];
  }

  /** The size class of respondent {@code i}. */
  public SizeClass sizeClass(int i) {
    return SizeClass.values()[sizeClass[i]];
  }

  /** The day respondent {@code i} answered. */
  public LocalDate date(int i) {
    return LocalDate.ofEpochDay(epochDay[i]);
  }

  /** Whether criterion {@code k} is answered with a number (else with a choice). */
  public boolean isNumeric(int k) {
    return numericColumn[k] >= 0;
  }

  /**
   * The option respondent {@code i} chose for criterion {@code k}.
   *
   * @return the option's index in the criterion's {@link Scale.Choice#options()}
   * @throws IllegalArgumentException if the criterion is numeric
   */
  public int choice(int i, int k) {
    if (numericColumn[k] >= 0) {
      throw new IllegalArgumentException("criterion '" + criteria.get(k).id() + "' is answered with a number");
    }
    return choices[i * width + k];
  }

  /**
   * The number respondent {@code i} gave for criterion {@code k}.
   *
   * @throws IllegalArgumentException if the criterion is a choice
   */
  public double number(int i, int k) {
    int c = numericColumn[k];
    if (c < 0) {
      throw new IllegalArgumentException("criterion '" + criteria.get(k).id() + "' is answered with a choice");
    }
    return numbers[i * numericWidth + c];
  }

  /**
   * Copies the options respondent {@code i} chose into {@code into}, one byte per criterion in column order: the
   * option's index in its criterion's options (0 where the criterion is numeric). For code that scores many
   * respondents: one copy per respondent instead of one call per answer.
   *
   * @param i the respondent's index
   * @param into at least {@code criteria().size()} bytes
   */
  public void copyChoices(int i, byte[] into) {
    System.arraycopy(choices, i * width, into, 0, width);
  }

  /** The answer of respondent {@code i} to criterion {@code k} as a response file writes it (code or number). */
  public String answerText(int i, int k) {
    if (numericColumn[k] >= 0) {
      return BigDecimal.valueOf(number(i, k)).stripTrailingZeros().toPlainString();
    }
    Scale.Choice c = (Scale.Choice) criteria.get(k).scale().orElseThrow();
    return c.options().get(choice(i, k)).code();
  }

  @Override
  public String toString() {
    return "Responses[" + set.id() + ", " + size + " respondents]";
  }

  /**
   * Collects responses. Answers are given by criterion index ({@link Responses#criteria()} order). Not thread-safe.
   */
  public static final class Builder {
    private final CriteriaSet set;
    private final List<Criterion> criteria;
    private final int width;
    private final int numericWidth;
    private final int[] numericColumn;
    private final int[] optionCount;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<RegionCode, Integer> communeIndex = new HashMap<>();
    private final List<RegionCode> communes = new ArrayList<>();
    private final Map<String, Integer> sectorIndex = new HashMap<>();
    private final List<String> sectors = new ArrayList<>();
    private int count;
    private int removed;
    private String[] ids = new String[16];
    private int[] commune = new int[16];
    private int[] sector = new int[16];
    private byte[] sizeClass = new byte[16];
    private long[] epochDay = new long[16];
    private boolean[] gone = new boolean[16];
    private byte[] choices;
    private double[] numbers;

    private Builder(CriteriaSet set) {
      this.set = requireNonNull(set, "set").requireComplete("collect responses");
      this.criteria = set.criteria();
      this.width = criteria.size();
      this.numericColumn = new int[width];
      this.optionCount = new int[width];
      int n = 0;
      for (int k = 0; k < width; k++) {
        Scale s = criteria.get(k).scale().orElseThrow();
        if (s instanceof Scale.Numeric) {
          numericColumn[k] = n++;
        } else {
          numericColumn[k] = -1;
          optionCount[k] = ((Scale.Choice) s).options().size();
          if (optionCount[k] > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("criterion '" + criteria.get(k).id() + "' has " + optionCount[k]
                + " options; at most 127 are supported");
          }
        }
      }
      this.numericWidth = n;
      this.choices = new byte[16 * width];
      this.numbers = new double[16 * numericWidth];
    }

    /** How many respondents are held (removed ones not counted). */
    public int size() {
      return count - removed;
    }

    /**
     * The index of a respondent held, by id.
     *
     * @param id the respondent's id
     * @return its index, or -1 if none is held
     */
    public int indexOf(String id) {
      Integer i = index.get(id);
      return i == null ? -1 : i;
    }

    /** The respondent held at an index from {@link #indexOf}. */
    public Respondent respondent(int i) {
      return new Respondent(ids[i], communes.get(commune[i]), sectors.get(sector[i]),
          SizeClass.values()[sizeClass[i]], LocalDate.ofEpochDay(epochDay[i]));
    }

    /**
     * Adds a respondent's answers.
     *
     * @param respondent who answered; its id not yet held
     * @param options for each criterion, the index of the chosen option (ignored for numeric criteria)
     * @param values for each criterion, the number given (ignored for choices)
     * @return the respondent's index
     * @throws IllegalArgumentException if the id is already held, or an answer is out of range
     */
    public int add(Respondent respondent, int[] options, double[] values) {
      requireNonNull(respondent, "respondent");
      if (index.containsKey(respondent.id())) {
        throw new IllegalArgumentException("respondent '" + respondent.id() + "' is already held; resolve"
            + " duplicates before adding (see DuplicateRule)");
      }
      check(options, values);
      if (count == ids.length) {
        grow();
      }
      int i = count++;
      index.put(respondent.id(), i);
      write(i, respondent, options, values);
      return i;
    }

    /**
     * Replaces the respondent at an index (a later response of the same respondent that a duplicate rule keeps).
     *
     * @param i the index, from {@link #indexOf}
     * @param respondent who answered; the same id
     * @param options as for {@link #add}
     * @param values as for {@link #add}
     */
    public void replace(int i, Respondent respondent, int[] options, double[] values) {
      requireNonNull(respondent, "respondent");
      if (i < 0 || i >= count || gone[i] || !ids[i].equals(respondent.id())) {
        throw new IllegalArgumentException("no respondent '" + respondent.id() + "' at index " + i);
      }
      check(options, values);
      write(i, respondent, options, values);
    }

    /**
     * Removes the respondent at an index (every copy of a duplicate that a rule drops); its id may not be added again.
     *
     * @param i the index, from {@link #indexOf}
     */
    public void remove(int i) {
      if (i < 0 || i >= count || gone[i]) {
        throw new IllegalArgumentException("no respondent at index " + i);
      }
      gone[i] = true;
      removed++;
    }

    /** Builds the responses. */
    public Responses build() {
      int[] keep = new int[count - removed];
      int j = 0;
      for (int i = 0; i < count; i++) {
        if (!gone[i]) {
          keep[j++] = i;
        }
      }
      return new Responses(this, keep);
    }

    private void check(int[] options, double[] values) {
      requireNonNull(options, "options");
      requireNonNull(values, "values");
      if (options.length != width || values.length != width) {
        throw new IllegalArgumentException("expected an answer for each of the " + width + " criteria, got "
            + options.length + " options and " + values.length + " values");
      }
      for (int k = 0; k < width; k++) {
        if (numericColumn[k] < 0) {
          if (options[k] < 0 || options[k] >= optionCount[k]) {
            throw new IllegalArgumentException("criterion '" + criteria.get(k).id() + "' has options 0 to "
                + (optionCount[k] - 1) + ", not " + options[k]);
          }
        } else {
          Scale.Numeric s = (Scale.Numeric) criteria.get(k).scale().orElseThrow();
          if (!Double.isFinite(values[k]) || !s.accepts(BigDecimal.valueOf(values[k]))) {
            throw new IllegalArgumentException("criterion '" + criteria.get(k).id() + "' accepts "
                + s.min().toPlainString() + " to " + s.max().map(BigDecimal::toPlainString).orElse("any size")
                + ", not " + values[k]);
          }
        }
      }
    }

    private void write(int i, Respondent r, int[] options, double[] values) {
      ids[i] = r.id();
      commune[i] = communeIndex.computeIfAbsent(r.commune(), c -> {
        communes.add(c);
        return communes.size() - 1;
      });
      sector[i] = sectorIndex.computeIfAbsent(r.sector(), s -> {
        sectors.add(s);
        return sectors.size() - 1;
      });
      sizeClass[i] = (byte) r.size().ordinal();
      epochDay[i] = r.date().toEpochDay();
      for (int k = 0; k < width; k++) {
        int c = numericColumn[k];
        if (c < 0) {
          choices[i * width + k] = (byte) options[k];
        } else {
          numbers[i * numericWidth + c] = values[k];
        }
      }
    }

    private void grow() {
      int cap = ids.length * 2;
      ids = Arrays.copyOf(ids, cap);
      commune = Arrays.copyOf(commune, cap);
      sector = Arrays.copyOf(sector, cap);
      sizeClass = Arrays.copyOf(sizeClass, cap);
      epochDay = Arrays.copyOf(epochDay, cap);
      gone = Arrays.copyOf(gone, cap);
      choices = Arrays.copyOf(choices, cap * width);
      numbers = Arrays.copyOf(numbers, cap * numericWidth);
    }
  }
}
