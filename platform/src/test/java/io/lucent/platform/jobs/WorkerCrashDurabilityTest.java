package io.lucent.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SchemaPerTenantDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The durability promise in SaaS mode: two {@code worker} processes (separate JVMs) share a 200-entity batch;
 * one is killed with SIGKILL in the middle; the other takes over its expired leases and the batch completes
 * with every entity done exactly once.
 */
@ExtendWith(ExternalServicesExtension.class)
class WorkerCrashDurabilityTest {

    private static final TenantContext ACME = new TenantContext("acme", "ann", Role.ANALYST);
    private static final int ENTITIES = 200;

    @TempDir
    Path directory;

    @Test
    void aBatchSurvivesAWorkerKilledMidwayWithEveryEntityDoneExactlyOnce(Supplier<ExternalServices> services) throws Exception {
        String url = services.get().createDatabase("durability");
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser("postgres");
        source.setPassword("postgres");
        source.setCurrentSchema(Migrations.SHARED_SCHEMA);
        MetadataDatabase database = new MetadataDatabase(source, Jdbi.create(source), Dialect.POSTGRES);
        Migrations.migrateShared(source, Dialect.POSTGRES);
        JobTestDatabase.addTenant(database, "acme");
        new SchemaPerTenantDatabase(database).provision("acme");
        JobStore store = new JobStore(database);
        Path startLog = directory.resolve("starts.log");

        List<Process> workers = new ArrayList<>();
        try {
            workers.add(startWorker("first", url, services.get().redisUrl(), startLog));
            workers.add(startWorker("second", url, services.get().redisUrl(), startLog));
            List<String> entities = IntStream.range(0, ENTITIES).mapToObj(i -> String.format("item-%03d", i)).toList();
            String jobId = store.insert(ACME, JobSpec.of(DurabilityWorkerApplication.KIND, "{}", entities),
                    new JobStore.SubmitLimits(100, 600_000, 3, 5), System.currentTimeMillis());

            Process victim = workers.get(0);
            awaitUntil("both workers have run tasks and the batch is under way", () -> {
                if (!workers.stream().allMatch(Process::isAlive)) {
                    throw new AssertionError("A worker process ended early" + logTails());
                }
                Map<Long, Long> perProcess = starts(startLog).stream().collect(Collectors.groupingBy(Start::pid, Collectors.counting()));
                int done = store.find(ACME, jobId).orElseThrow().counts().done();
                int victimHolds = database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM lucent.job_tasks"
                        + " WHERE state = 'running' AND lease_owner LIKE :owner").bind("owner", victim.pid() + "@%").mapTo(Integer.class).one());
                return perProcess.getOrDefault(victim.pid(), 0L) >= 10 && perProcess.size() == 2 && done >= 40 && victimHolds > 0;
            });
            assertThat(store.find(ACME, jobId).orElseThrow().counts().done()).isLessThan(ENTITIES * 4 / 5);
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long killedAfter = starts(startLog).size();

            awaitUntil("the batch ended", () -> store.find(ACME, jobId).orElseThrow().state().terminal());

            Job job = store.find(ACME, jobId).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.counts()).isEqualTo(new TaskCounts(ENTITIES, 0, 0, ENTITIES, 0, 0));
            List<TaskView> tasks = store.tasks(ACME, jobId);
            assertThat(tasks).extracting(TaskView::entityKey).containsExactlyElementsOf(entities);
            assertThat(tasks).allSatisfy(task -> assertThat(task.state()).isEqualTo(TaskState.DONE));

            // Every entity started at least once; an entity started twice was first started by the killed worker.
            List<Start> starts = starts(startLog);
            Map<String, List<Start>> byEntity = starts.stream().collect(Collectors.groupingBy(Start::entity));
            assertThat(byEntity.keySet()).containsExactlyInAnyOrderElementsOf(entities);
            List<String> rerun = new ArrayList<>();
            byEntity.forEach((entity, list) -> {
                if (list.size() > 1) {
                    rerun.add(entity);
                    assertThat(list).hasSize(2);
                    assertThat(list.get(0).pid()).as("first start of re-run %s", entity).isEqualTo(victim.pid());
                    assertThat(list.get(1).pid()).isEqualTo(workers.get(1).pid());
                }
            });
            assertThat(rerun).as("tasks the killed worker held when it died were run again").isNotEmpty();
            assertThat(starts.size()).isEqualTo(ENTITIES + rerun.size()).isGreaterThanOrEqualTo((int) killedAfter);
            Map<String, TaskView> byKey = new HashMap<>();
            tasks.forEach(task -> byKey.put(task.entityKey(), task));
            for (String entity : rerun) {
                assertThat(byKey.get(entity).attempts()).isEqualTo(2);
                assertThat(byKey.get(entity).result()).contains("{\"pid\":" + workers.get(1).pid() + "}");
            }
        } finally {
            for (Process worker : workers) {
                worker.destroyForcibly();
            }
        }
    }

    private record Start(String entity, long pid) {
    }

    private static List<Start> starts(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream().filter(line -> !line.isBlank()).map(line -> line.split(" "))
                .map(parts -> new Start(parts[0], Long.parseLong(parts[1]))).toList();
    }

    private Process startWorker(String name, String databaseUrl, String redisUrl, Path startLog) throws IOException {
        Path data = Files.createDirectories(directory.resolve(name));
        Path plugins = Files.createDirectories(directory.resolve(name + "-plugins"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dlucent.test.startLog=" + startLog,
                "-Ddw.dataDirectory=" + data,
                "-Ddw.plugins.directory=" + plugins,
                "-Ddw.database.url=" + databaseUrl,
                "-Ddw.database.user=postgres",
                "-Ddw.database.password=postgres",
                "-Ddw.redis.url=" + redisUrl,
                "-Ddw.auth.jwtSecret=" + TestTokens.SECRET,
                "-Ddw.smtp.host=127.0.0.1",
                "-Ddw.smtp.port=2525",
                "-Ddw.smtp.from=lucent@test.invalid",
                "-Ddw.jobs.workerThreads=2",
                "-Ddw.jobs.leaseSeconds=2",
                "-Ddw.jobs.heartbeatMillis=300",
                "-Ddw.jobs.reaperSeconds=1",
                "-Ddw.jobs.pollMillis=50",
                DurabilityWorkerApplication.class.getName(), "worker",
                Path.of(System.getProperty("lucent.test.config"), "saas.yml").toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(directory.resolve(name + ".log").toFile()).start();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void awaitUntil(String what, Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Gave up waiting until " + what + logTails());
            }
            Thread.sleep(50);
        }
    }

    private String logTails() throws IOException {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("first", "second")) {
            Path log = directory.resolve(name + ".log");
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                logs.append("\n--- ").append(name).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
        }
        return logs.toString();
    }
}
