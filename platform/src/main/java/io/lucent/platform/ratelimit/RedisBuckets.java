package io.lucent.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.time.Duration;
import redis.clients.jedis.UnifiedJedis;

/**
 * Buckets in Redis through Bucket4j's compare-and-swap Jedis integration. Keys are spread per tenant, user and
 * action (no single hot key); a bucket's key expires once the bucket would be full again.
 */
public final class RedisBuckets implements Buckets {

    private final ProxyManager<String> proxies;

    public RedisBuckets(UnifiedJedis redis) {
        this.proxies = Bucket4jJedis.casBasedBuilder(redis)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .keyMapper(Mapper.STRING)
                .build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        return proxies.builder().build("lucent:rate:" + key, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public long available(String key, BucketConfiguration configuration) {
        return proxies.builder().build("lucent:rate:" + key, () -> configuration).getAvailableTokens();
    }
}
