package io.lucent.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

/**
 * SaaS mode: events go through Redis pub/sub on one channel per job ({@code lucent:progress:<jobId>}). Each
 * node holds one pattern subscription on a thread of its own and hands events to its local listeners; the
 * thread re-subscribes after a lost connection. Events published while no node listens are lost, which is
 * fine: the job table has the status.
 */
public final class RedisProgressBus implements ProgressBus, AutoCloseable {

    static final String PREFIX = "lucent:progress:";
    private static final System.Logger LOG = System.getLogger(RedisProgressBus.class.getName());

    private final JedisPooled redis;
    private final ObjectMapper json;
    private final LocalProgressListeners listeners = new LocalProgressListeners();
    private final Thread subscriber;
    private final JedisPubSub pubSub = new JedisPubSub() {
        @Override
        public void onPMessage(String pattern, String channel, String message) {
            try {
                listeners.deliver(json.readValue(message, ProgressEvent.class));
            } catch (JsonProcessingException e) {
                LOG.log(System.Logger.Level.WARNING, "Ignoring a malformed progress event on " + channel);
            }
        }
    };
    private volatile boolean closed;

    public RedisProgressBus(JedisPooled redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
        this.subscriber = new Thread(this::listen, "lucent-progress-subscriber");
        this.subscriber.setDaemon(true);
        this.subscriber.start();
    }

    private void listen() {
        while (!closed) {
            try {
                redis.psubscribe(pubSub, PREFIX + "*");
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "Progress subscription lost, retrying: " + e.getMessage());
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

    @Override
    public void publish(ProgressEvent event) {
        try {
            redis.publish(PREFIX + event.jobId(), json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not publish progress of job " + event.jobId() + ": " + e.getMessage());
        }
    }

    @Override
    public Subscription subscribe(String jobId, Consumer<ProgressEvent> listener) {
        return listeners.add(jobId, listener);
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (pubSub.isSubscribed()) {
                pubSub.punsubscribe();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Unsubscribing failed", e);
        }
        subscriber.interrupt();
    }
}
