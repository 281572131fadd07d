package io.lucent.plugins.insights.retail;

import java.time.LocalDate;

/**
 * One product's metrics; a {@code null} means the host did not compute the value (or its column is absent).
 *
 * @param productId         the product's id, never null
 * @param name              the product's name, its id when the name is unknown
 * @param category          the category, may be null
 * @param units             units sold in the window
 * @param revenue           revenue in the window
 * @param profit            profit in the window
 * @param marginPct         profit as a percentage of revenue
 * @param unitsPerDay       average units sold per day of the window
 * @param lastSaleDate      the date of the last sale
 * @param daysSinceLastSale days from the last sale to the as-of date
 * @param trendPct          the change the sales trend shows over the window, in percent of its start
 * @param trendPValue       the p-value of the trend test
 * @param observations      how many periods the trend was estimated from
 * @param stockOnHand       units in stock
 * @param stockValue        the stock's value at cost
 * @param daysOfCover       days the stock lasts at the current daily units
 * @param revenueRank       rank by revenue, 1 for the best seller
 * @param peakMonth         the calendar month (1-12) with the most sales
 * @param seasonalPValue    p-value of the seasonality test
 * @param peakIndex         the peak month's sales over an average month's
 */
record ProductRow(
        String productId,
        String name,
        String category,
        Double units,
        Double revenue,
        Double profit,
        Double marginPct,
        Double unitsPerDay,
        LocalDate lastSaleDate,
        Long daysSinceLastSale,
        Double trendPct,
        Double trendPValue,
        Long observations,
        Double stockOnHand,
        Double stockValue,
        Double daysOfCover,
        Long revenueRank,
        Long peakMonth,
        Double seasonalPValue,
        Double peakIndex) {

    /** Days of cover as given, else stock over daily units; null when either is unknown or nothing sells. */
    Double cover() {
        if (daysOfCover != null) {
            return daysOfCover;
        }
        return stockOnHand == null || unitsPerDay == null || unitsPerDay <= 0 ? null : stockOnHand / unitsPerDay;
    }
}
