package dev.chitieu.cli.spark;

import dev.chitieu.architecture.ArchitectureContract;

/** The spark-submit entry point is of the command line's kind: it may use every module below it, Spark's too. */
class ArchitectureTest extends ArchitectureContract {
  @Override
  protected String[] packages() {
    return new String[] {"dev.chitieu.cli.spark"};
  }
}
