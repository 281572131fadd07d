/**
 * Seasonal-trend decomposition by loess (STL; Cleveland, Cleveland, McRae and Terpenning 1990) with the parameters,
 * defaults and numbers of R's {@code stats::stl}: {@link io.lucent.timeseries.stl.Stl#decompose} takes a series and
 * {@link io.lucent.timeseries.stl.StlParameters} and returns an immutable {@link io.lucent.timeseries.stl.StlResult};
 * {@link io.lucent.timeseries.stl.Loess} is the loess smoother STL is built on.
 */
package io.lucent.timeseries.stl;
