package io.lucent.plugins.insights.retail;

/**
 * One category's metrics; a {@code null} means not computed.
 *
 * @param category              the category
 * @param products              products that sold in it
 * @param units                 units sold
 * @param revenue               revenue
 * @param unitsPerDay           units per day of the window
 * @param unitsPerProductPerDay units per product per day
 * @param stockOnHand           units in stock
 * @param stockValue            stock value at cost
 * @param daysOfCover           days the stock lasts at the current daily units
 * @param peakMonth             the calendar month (1-12) with the most revenue
 * @param seasonalPValue        p-value of the seasonality test
 * @param seasonalStrength      seasonal strength, 0 to 1
 * @param peakIndex             the peak month's revenue over an average month's
 */
record CategoryRow(String category, Long products, Double units, Double revenue, Double unitsPerDay, Double unitsPerProductPerDay,
                   Double stockOnHand, Double stockValue, Double daysOfCover, Long peakMonth, Double seasonalPValue, Double seasonalStrength,
                   Double peakIndex) {
}
