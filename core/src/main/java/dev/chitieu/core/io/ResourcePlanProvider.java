package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.TerritoryMapping;
import dev.chitieu.core.spi.PlanProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan provider whose plans are plan files ({@link PlanFile}) bundled next to its class, with the communes and
 * former units the files name. A plan module is then its data and one call:
 *
 * <pre>{@code
 * public final class ThaiNguyenPlanProvider extends ResourcePlanProvider {
 *   public ThaiNguyenPlanProvider() {
 *     super("thainguyen", "thainguyen-00-2026-2030.yaml");
 *   }
 * }
 * }</pre>
 *
 * <p>The files are read from the provider's package folder ({@code src/main/resources/dev/chitieu/thainguyen/}), each
 * time a registry asks (the constructor reads nothing). On the module path the package must be open to core, which
 * reads them: {@code opens dev.chitieu.thainguyen to dev.chitieu.core;} in {@code module-info.java} (the plan testkit
 * checks it). A file with a mistake fails with every problem, its file, line and column (an {@link
 * dev.chitieu.core.data.InvalidDataException}), which the registry reports under the provider's id. Thread-safe.
 */
public abstract class ResourcePlanProvider implements PlanProvider {
  private final String id;
  private final List<String> planFiles;

  /**
   * Names the provider and its plan files.
   *
   * @param id the provider id, e.g. {@code thainguyen}
   * @param planFiles the plan files, relative to the subclass's package folder, in the order the plans are listed
   */
  protected ResourcePlanProvider(String id, String... planFiles) {
    this.id = requireNonNull(id, "id");
    this.planFiles = List.of(planFiles);
    if (this.planFiles.isEmpty()) {
      throw new IllegalArgumentException("plan provider '" + id + "' names no plan file; name one, e.g. super(\""
          + id + "\", \"" + id + "-00-2026-2030.yaml\")");
    }
  }

  /** {@return the id given to the constructor} */
  @Override
  public final String id() {
    return id;
  }

  /**
   * Reads the plan files.
   *
   * @return their plans, in the order the files are named
   * @throws dev.chitieu.core.data.InvalidDataException listing every problem of a file, with its line and column
   * @throws IllegalStateException if a file is missing
   */
  @Override
  public List<Plan> plans() {
    return files().stream().map(PlanFile::plan).toList();
  }

  /**
   * Reads the communes named by the plan files' {@code regions}, each file once.
   *
   * @return the units; empty when no file names any
   */
  @Override
  public List<Region> regions() {
    List<Region> out = new ArrayList<>();
    for (String name : named(true)) {
      out.addAll(read(name, in -> RegionHierarchy.readCsv(in, name)));
    }
    return out;
  }

  /**
   * Reads the former units named by the plan files' {@code former-units}, each file once.
   *
   * @return the former units; empty when no file names any
   */
  @Override
  public List<FormerUnit> formerUnits() {
    List<FormerUnit> out = new ArrayList<>();
    for (String name : named(false)) {
      out.addAll(read(name, in -> TerritoryMapping.readCsv(in, name)));
    }
    return out;
  }

  private List<PlanFile> files() {
    return planFiles.stream().map(name -> read(name, in -> PlanFile.read(in, where(name)))).toList();
  }

  private Set<String> named(boolean regions) {
    Set<String> names = new LinkedHashSet<>();
    for (PlanFile f : files()) {
      (regions ? f.regions() : f.formerUnits()).ifPresent(names::add);
    }
    return names;
  }

  private String where(String name) {
    return getClass().getPackageName().replace('.', '/') + "/" + name;
  }

  private interface Read<T> {
    T apply(InputStream in) throws IOException;
  }

  private <T> T read(String name, Read<T> read) {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("plan provider '" + id + "' (" + getClass().getName() + ") cannot find "
            + where(name) + "; put the file in src/main/resources/" + where(name) + ", and on the module path open"
            + " the package to core: 'opens " + getClass().getPackageName() + " to dev.chitieu.core;'");
      }
      return read.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("plan provider '" + id + "' cannot read " + where(name), e);
    }
  }
}
