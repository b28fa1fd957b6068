/** Plan ${planId} of the ${authorityEn}, contributed to chitieu. */
package ${package};
