package io.lucent.platform.forecasting.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.jobs.ProgressBus;
import io.lucent.platform.jobs.ProgressEvent;
import io.lucent.platform.tenancy.TenantContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A forecast's progress as Server-Sent Events: a {@code status} event with the current status first, then a
 * {@code progress} event per finished entity or state change, and a last {@code status} event when the
 * forecast ends. Events lost on the bus are made up for: every 15 quiet seconds the status is read again
 * (sent as a {@code status} event, which also keeps proxies from closing the connection).
 */
final class ProgressStream implements StreamingOutput {

    private static final long QUIET_SECONDS = 15;

    private final String id;
    private final TenantContext tenant;
    private final ProgressBus bus;
    private final Supplier<ForecastStatus> status;
    private final ObjectMapper json;

    ProgressStream(String id, TenantContext tenant, ProgressBus bus, Supplier<ForecastStatus> status, ObjectMapper json) {
        this.id = id;
        this.tenant = tenant;
        this.bus = bus;
        this.status = status;
        this.json = json;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        BlockingQueue<ProgressEvent> events = new LinkedBlockingQueue<>();
        try (ProgressBus.Subscription ignored = bus.subscribe(id, event -> {
            if (event.tenantId().equals(tenant.tenantId())) {
                events.add(event);
            }
        })) {
            ForecastStatus current = status.get();
            send(out, "status", current);
            boolean ended = isEnded(current.state());
            while (!ended) {
                ProgressEvent event = events.poll(QUIET_SECONDS, TimeUnit.SECONDS);
                if (event == null) {
                    current = status.get();
                    send(out, "status", current);
                    ended = isEnded(current.state());
                    continue;
                }
                send(out, "progress", new Progress(event.state(), event.counts().percent(), event.counts().total(), event.counts().done(),
                        event.counts().failed(), event.counts().cancelled(), event.entity(), event.outcome(), event.message()));
                if (event.last()) {
                    send(out, "status", status.get());
                    ended = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One progress event's data. */
    record Progress(String state, double percent, int total, int done, int failed, int cancelled, String entity, String outcome,
                    String message) {
    }

    private static boolean isEnded(String state) {
        return !state.equals("queued") && !state.equals("running");
    }

    private void send(OutputStream out, String name, Object data) throws IOException {
        out.write(("event: " + name + "\ndata: " + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
