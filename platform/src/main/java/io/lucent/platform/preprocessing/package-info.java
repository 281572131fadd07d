/**
 * Preprocessing over REST ({@code /api/v1/preprocessing}): a dataset's entities as regular series with statistics,
 * steps previewed on one entity ({@code /preview}) or a chosen list ({@code /previews}), applied to chosen or all
 * entities as a new dataset version, named recipes, reset and CSV download.
 *
 * <p>Decisions where the issue is silent: duplicate dates are a step like the others, but since it combines the
 * dataset's rows (not a regular series) it must come first; "first" and "last" follow the file's row order among
 * rows of one date. Applying steps to some entities keeps the others' values in the new version; aggregation
 * changes the whole dataset's calendar and so applies to every entity. Custom aggregation periods are N days or N
 * weeks counted from an anchor date; lengths the frequency detector would read back as weeks, months, quarters or
 * years are refused in favour of the named frequency, and other lengths are stored as evenly spaced dates that the
 * series view reads back with the same spacing (frequency {@code other}), so forecasts continue on that calendar.
 *
 * <p>Custom periods of N months ({@link io.lucent.platform.preprocessing.MonthPeriods}) start on the first day of
 * the anchor's month (the anchor's day is ignored) and every N months from there; without an anchor they line up
 * with the calendar year. Hourly, daily and weekly data (and custom periods under 28 days) go to the period their
 * start falls in; data already in months must fit whole (quarters into 6 or 12 months from a quarter's first month,
 * not into 2 or 4). One month is monthly, 3 quarterly and 12 yearly (off-calendar quarters and years, e.g. fiscal
 * years from April, keep their own first months when read back); other lengths are frequency {@code other}, read
 * back as periods of N months whose seasonal period is the year's 12 / N when N divides 12 (2: 6, 4: 3, 6: 2) and
 * none otherwise (5, 7, 24 months...), so forecasts step by N months.
 */
package io.lucent.platform.preprocessing;
