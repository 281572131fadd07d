package io.lucent.platform.datasets.copies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.JedisPooled;

/** Dataset deletions announced through a real Redis reach every node's copies, the announcing node's at once. */
@ExtendWith(ExternalServicesExtension.class)
class RedisDeletionBroadcastTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void aDeletionAnnouncedOnOneNodeDropsTheCopiesOfEveryNode(Supplier<ExternalServices> services) throws InterruptedException {
        List<DeletedCopies> onA = new CopyOnWriteArrayList<>();
        List<DeletedCopies> onB = new CopyOnWriteArrayList<>();
        List<DeletedCopies> anotherHolder = new CopyOnWriteArrayList<>();
        LocalCopies failing = deleted -> {
            throw new IllegalStateException("this holder fails");
        };
        try (JedisPooled redisA = new JedisPooled(URI.create(services.get().redisUrl()));
             JedisPooled redisB = new JedisPooled(URI.create(services.get().redisUrl()));
             RedisDeletionBroadcast nodeA = new RedisDeletionBroadcast(redisA, json, () -> Set.of(onA::add));
             RedisDeletionBroadcast nodeB = new RedisDeletionBroadcast(redisB, json, () -> Set.of(failing, anotherHolder::add, onB::add))) {
            awaitTrue(() -> nodeA.listening() && nodeB.listening(), "both nodes subscribe");
            DeletedCopies deleted = new DeletedCopies("acme", "5f0c8a8e-3c3b-4c8e-9a7c-2d1f0e6b7a10", List.of("a".repeat(64), "b".repeat(64)));

            nodeA.announce(deleted);

            assertThat(onA).as("the announcing node drops its copies before it returns").contains(deleted);
            awaitTrue(() -> onB.contains(deleted) && anotherHolder.contains(deleted), "the other node drops its copies");
            assertThat(onB.get(0).storagePrefix()).isEqualTo("tenants/acme/datasets/5f0c8a8e-3c3b-4c8e-9a7c-2d1f0e6b7a10/");
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.sleep(10);
        }
    }
}
