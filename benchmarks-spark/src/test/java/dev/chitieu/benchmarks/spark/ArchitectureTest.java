package dev.chitieu.benchmarks.spark;

import dev.chitieu.architecture.ArchitectureContract;

/** The Spark benchmarks follow the project's rules (module `architecture`) like every module. */
class ArchitectureTest extends ArchitectureContract {
  @Override
  protected String[] packages() {
    return new String[] {"dev.chitieu.benchmarks.spark"};
  }
}
