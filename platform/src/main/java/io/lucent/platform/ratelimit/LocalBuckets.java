package io.lucent.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One node (local mode): buckets in memory. */
public final class LocalBuckets implements Buckets {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> {
            var builder = Bucket.builder();
            for (var bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        });
        return bucket.tryConsumeAndReturnRemaining(1);
    }
}
