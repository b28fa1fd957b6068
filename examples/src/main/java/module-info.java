/**
 * The README's embedding example as a module: the one {@code requires} line an embedder writes. The plan module
 * (Hai Phong's) is not required: it is found through the {@code uses} clause of core, by service binding.
 */
module dev.chitieu.examples {
  requires dev.chitieu.report;
}
