package io.lucent.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets by key: in Redis in SaaS mode (shared by all nodes), in memory in local mode. A bucket is created
 * with the given configuration on first use.
 */
public interface Buckets {

    /** Tries to take one token from the bucket {@code key}. */
    ConsumptionProbe tryConsume(String key, BucketConfiguration configuration);

    /** The tokens left in the bucket {@code key} (a bucket never used is full). */
    long available(String key, BucketConfiguration configuration);
}
