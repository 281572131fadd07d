package io.lucent.platform.datasets.copies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Provider;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

/**
 * SaaS mode: an announcement drops this node's copies at once and is published on the Redis channel
 * {@value #CHANNEL}; every node (this one too, harmlessly) holds a subscription on a thread of its own and drops
 * its copies for each message, re-subscribing after a lost connection. A node that was not listening (restarting)
 * starts with empty memory caches; only the local cache files of an S3 store could outlive a missed message.
 */
public final class RedisDeletionBroadcast implements DeletionBroadcast, AutoCloseable {

    static final String CHANNEL = "lucent:dataset-deleted";
    private static final Logger LOG = LoggerFactory.getLogger(RedisDeletionBroadcast.class);

    private final JedisPooled redis;
    private final ObjectMapper json;
    private final Provider<Set<LocalCopies>> copies;
    private final Thread subscriber;
    private final JedisPubSub pubSub = new JedisPubSub() {
        @Override
        public void onMessage(String channel, String message) {
            DeletedCopies deleted;
            try {
                deleted = json.readValue(message, DeletedCopies.class);
            } catch (JsonProcessingException e) {
                LOG.warn("Ignoring a malformed dataset deletion message on {}", channel);
                return;
            }
            InProcessDeletionBroadcast.forget(copies.get(), deleted);
        }
    };
    private volatile boolean closed;

    /** @param copies provided lazily: some holders read datasets, whose deletion announces through this */
    public RedisDeletionBroadcast(JedisPooled redis, ObjectMapper json, Provider<Set<LocalCopies>> copies) {
        this.redis = redis;
        this.json = json;
        this.copies = copies;
        this.subscriber = new Thread(this::listen, "lucent-dataset-deletion-subscriber");
        this.subscriber.setDaemon(true);
        this.subscriber.start();
    }

    private void listen() {
        while (!closed) {
            try {
                redis.subscribe(pubSub, CHANNEL);
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.warn("Dataset deletion subscription lost, retrying: {}", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Whether the subscription is in place (a node subscribes on a thread of its own after it starts). */
    public boolean listening() {
        return pubSub.isSubscribed();
    }

    @Override
    public void announce(DeletedCopies deleted) {
        InProcessDeletionBroadcast.forget(copies.get(), deleted);
        try {
            redis.publish(CHANNEL, json.writeValueAsString(deleted));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the other nodes that dataset {} of tenant {} was deleted: {}", deleted.datasetId(), deleted.tenantId(),
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (pubSub.isSubscribed()) {
                pubSub.unsubscribe();
            }
        } catch (RuntimeException e) {
            LOG.debug("Unsubscribing failed", e);
        }
        subscriber.interrupt();
    }
}
