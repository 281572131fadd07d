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
 */
package io.lucent.platform.preprocessing;
