/** Each tenant's usage records (action, entity count, processing time) and their totals. */
package io.lucent.platform.usage;
