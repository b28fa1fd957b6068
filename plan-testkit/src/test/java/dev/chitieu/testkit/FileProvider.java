package dev.chitieu.testkit;

import dev.chitieu.core.io.ResourcePlanProvider;

/** A provider of plan files, to check the registration a {@link ResourcePlanProvider} needs. Not registered. */
public final class FileProvider extends ResourcePlanProvider {
  /** Names one file. */
  public FileProvider() {
    super("files", "files-1-2026.yaml");
  }
}
