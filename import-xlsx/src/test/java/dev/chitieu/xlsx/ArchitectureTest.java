package dev.chitieu.xlsx;

import dev.chitieu.architecture.ArchitectureContract;

/** The project's architecture rules (module `architecture`), run on this module's classes. */
class ArchitectureTest extends ArchitectureContract {
  @Override
  protected String[] packages() {
    return new String[] {"dev.chitieu.xlsx"};
  }
}
