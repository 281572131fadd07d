package io.lucent.platform.jobs;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import io.lucent.platform.LucentApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The real application plus one job kind, {@code durability}, for {@link WorkerCrashDurabilityTest}: each task
 * appends "entity pid" to the file named by {@code -Dlucent.test.startLog} when it starts, works for a moment,
 * and reports its process id. Run as {@code DurabilityWorkerApplication worker config/saas.yml}.
 */
public final class DurabilityWorkerApplication extends LucentApplication {

    static final String KIND = "durability";

    public static void main(String[] args) throws Exception {
        new DurabilityWorkerApplication().run(args);
    }

    @Override
    protected List<Module> additionalModules() {
        Path log = Path.of(System.getProperty("lucent.test.startLog"));
        return List.of(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), TaskHandler.class).addBinding().toInstance(new StartLoggingHandler(log));
            }
        });
    }

    /** Logs each start, works 40 ms, and reports the process that ran it. */
    private record StartLoggingHandler(Path log) implements TaskHandler {
        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public TaskOutcome run(TaskContext task) throws InterruptedException {
            long pid = ProcessHandle.current().pid();
            try {
                Files.writeString(log, task.entityKey() + " " + pid + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(40);
            return TaskOutcome.summary("{\"pid\":" + pid + "}");
        }
    }
}
