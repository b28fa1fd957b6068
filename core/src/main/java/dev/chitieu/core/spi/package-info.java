/** Extension points for plan modules: implement {@link dev.chitieu.core.spi.PlanProvider} to contribute a plan. */
package dev.chitieu.core.spi;
