package dev.chitieu.core.rollup;

import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The region hierarchy as dense arrays indexed by node number (hierarchy order). Immutable. */
final class Tree {
  final RegionCode[] codes;
  final RegionLevel[] levels;
  final int[] parent;
  final boolean[] leaf;
  /** The number of leaf units at or below each node. */
  final int[] leafCount;
  private final Map<RegionCode, Integer> index = new HashMap<>();

  Tree(RegionHierarchy h) {
    List<Region> all = List.copyOf(h.units());
    int n = all.size();
    codes = new RegionCode[n];
    levels = new RegionLevel[n];
    parent = new int[n];
    leaf = new boolean[n];
    leafCount = new int[n];
    for (int i = 0; i < n; i++) {
      codes[i] = all.get(i).code();
      levels[i] = all.get(i).level();
      index.put(codes[i], i);
    }
    java.util.Arrays.fill(leaf, true);
    for (int i = 0; i < n; i++) {
      parent[i] = all.get(i).parent().map(index::get).orElse(-1);
      if (parent[i] >= 0) {
        leaf[parent[i]] = false;
      }
    }
    for (int i = 0; i < n; i++) {
      if (leaf[i]) {
        for (int p = i; p >= 0; p = parent[p]) {
          leafCount[p]++;
        }
      }
    }
  }

  /** The node of a code, or -1. */
  int node(RegionCode code) {
    Integer i = index.get(code);
    return i == null ? -1 : i;
  }

  /** The ancestor of a node at a level (the node itself if it is of that level), or -1. */
  int ancestor(int node, RegionLevel level) {
    for (int p = node; p >= 0; p = parent[p]) {
      if (levels[p] == level) {
        return p;
      }
    }
    return -1;
  }
}
