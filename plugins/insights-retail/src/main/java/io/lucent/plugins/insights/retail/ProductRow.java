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
        Double stockValue) {
}
