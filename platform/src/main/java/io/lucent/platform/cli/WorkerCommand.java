package io.lucent.platform.cli;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.EnvironmentCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.lucent.platform.config.LucentConfiguration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * {@code lucent worker CONFIG}: a process that only runs jobs (no HTTP). Start as many as needed on any nodes
 * sharing the database; stop with SIGTERM (running tasks are abandoned and their leases expire, so other
 * workers take them over).
 */
public final class WorkerCommand extends EnvironmentCommand<LucentConfiguration> {

    private static final System.Logger LOG = System.getLogger(WorkerCommand.class.getName());

    public WorkerCommand(Application<LucentConfiguration> application) {
        super(application, "worker", "Runs jobs only (no HTTP server); any number of workers may share one database");
    }

    @Override
    protected void run(Bootstrap<LucentConfiguration> bootstrap, Namespace namespace, LucentConfiguration configuration) throws Exception {
        configuration.getJobs().setRunWorkers(true);
        super.run(bootstrap, namespace, configuration);
    }

    @Override
    protected void run(Environment environment, Namespace namespace, LucentConfiguration configuration) throws Exception {
        List<LifeCycle> managed = List.copyOf(environment.lifecycle().getManagedObjects());
        for (LifeCycle lifeCycle : managed) {
            lifeCycle.start();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int i = managed.size() - 1; i >= 0; i--) {
                try {
                    managed.get(i).stop();
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "Stopping " + managed.get(i) + " failed", e);
                }
            }
            stopped.countDown();
        }, "lucent-worker-shutdown"));
        LOG.log(System.Logger.Level.INFO, "Worker running; stop it with SIGTERM");
        stopped.await();
    }
}
