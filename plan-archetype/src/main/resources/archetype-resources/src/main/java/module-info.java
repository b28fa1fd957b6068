/**
 * Plan ${planId} of the ${authorityEn} and the communes and wards of ${provinceNameEn}, contributed to chitieu
 * through {@link dev.chitieu.core.spi.PlanProvider}.
 */
module ${package} {
  requires transitive dev.chitieu.core;

  exports ${package};

  opens ${package} to dev.chitieu.core;

  provides dev.chitieu.core.spi.PlanProvider with ${package}.${className}PlanProvider;
}
