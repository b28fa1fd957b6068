package dev.chitieu.core;

import dev.chitieu.architecture.ArchitectureContract;

/** The project's architecture rules (module `architecture`), run on this module's classes. */
class ArchitectureRulesTest extends ArchitectureContract {
  @Override
  protected String[] packages() {
    return new String[] {"dev.chitieu.core"};
  }
}
