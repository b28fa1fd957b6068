package dev.chitieu.spark;

import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The region hierarchy as the Spark rollup needs it, on the driver and as a small table: per unit its parent, its depth,
 * its place among its parent's children, and the range of leaf units under it. Leaf units are numbered in the order
 * the in-JVM rollup lists them (depth first, children in hierarchy order), so the leaves under a unit are one range of
 * numbers. Immutable.
 */
final class Hierarchy {
  static final StructType SCHEMA = new StructType()
      .add("node", DataTypes.StringType, false)
      .add("parent", DataTypes.StringType, true)
      .add("depth", DataTypes.IntegerType, false)
      .add("ord", DataTypes.IntegerType, false)
      .add("lo", DataTypes.IntegerType, false)
      .add("hi", DataTypes.IntegerType, false)
      .add("level", DataTypes.StringType, false);

  final RegionHierarchy regions;
  final List<RegionCode> leaves = new ArrayList<>();
  final Map<RegionCode, int[]> range = new HashMap<>();
  final List<Row> rows = new ArrayList<>();
  final int maxDepth;

  Hierarchy(RegionHierarchy regions) {
    this.regions = regions;
    int deepest = 0;
    for (Region root : regions.units()) {
      if (root.parent().isEmpty()) {
        deepest = Math.max(deepest, walk(root, null, 0, 0));
      }
    }
    this.maxDepth = deepest;
  }

  private int walk(Region r, RegionCode parent, int depth, int ord) {
    int lo = leaves.size();
    List<Region> kids = regions.children(r.code());
    int deepest = depth;
    if (kids.isEmpty()) {
      leaves.add(r.code());
    }
    for (int i = 0; i < kids.size(); i++) {
      deepest = Math.max(deepest, walk(kids.get(i), r.code(), depth + 1, i));
    }
    int hi = leaves.size() - 1;
    range.put(r.code(), new int[] {lo, hi});
    rows.add(RowFactory.create(r.code().value(), parent == null ? null : parent.value(), depth, ord, lo, hi,
        r.level().name()));
    return deepest;
  }

  /** How many leaf units lie at or below a unit. */
  int leafCount(RegionCode code) {
    int[] r = range.get(code);
    return r[1] - r[0] + 1;
  }

  /** The leaf units under a unit that are not among the covered leaf numbers (sorted), in hierarchy order. */
  List<RegionCode> missing(RegionCode code, int[] covered) {
    int[] r = range.get(code);
    List<RegionCode> out = new ArrayList<>();
    int j = 0;
    for (int leaf = r[0]; leaf <= r[1]; leaf++) {
      while (j < covered.length && covered[j] < leaf) {
        j++;
      }
      if (j >= covered.length || covered[j] != leaf) {
        out.add(leaves.get(leaf));
      }
    }
    return out;
  }

  private RollupTasks.Nodes nodes;

  /** The hierarchy as arrays, for the executors. */
  synchronized RollupTasks.Nodes nodes() {
    if (nodes == null) {
      nodes = new RollupTasks.Nodes(rows);
    }
    return nodes;
  }

  Dataset<Row> table(SparkSession spark) {
    return spark.createDataFrame(rows, SCHEMA);
  }

  static String level(RegionLevel level) {
    return level.name();
  }
}
