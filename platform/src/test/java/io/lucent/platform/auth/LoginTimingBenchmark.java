package io.lucent.platform.auth;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long a failed sign-in takes for an unknown address, a known address with a wrong password, and a locked
 * account, against a SaaS server (embedded PostgreSQL, Redis, GreenMail). The three kinds run interleaved in each
 * round, so machine load hits them alike; the table gives median, p90 and mean in milliseconds and each kind's
 * median relative to the unknown address's. Usage: {@code platform/bench/login-timing-bench.sh [rounds]}.
 */
public final class LoginTimingBenchmark {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String WRONG = "a wrong password it is";

    private LoginTimingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path temp = Files.createTempDirectory("lucent-login-bench");
        ExternalServices services = ExternalServices.start();
        try (Mailbox mailbox = new Mailbox();
             LucentTestServer server = LucentTestServer.start(TestMode.SAAS, temp.resolve("data"), Files.createDirectories(temp.resolve("plugins")),
                     services, "login_bench", mailbox.port(), ConfigOverride.config("tenancy.loginAttemptsPerMinute", "1000000"))) {
            signUp(server, mailbox, "known@bench.example");
            signUp(server, mailbox, "locked@bench.example");
            for (int i = 0; i < 5; i++) {
                login(server, "locked@bench.example", WRONG);
            }
            for (int i = 0; i < 5; i++) {
                // Warm-up: class loading, JIT, connection pools.
                login(server, "nobody@bench.example", WRONG);
                login(server, "known@bench.example", WRONG);
                login(server, "known@bench.example", PASSWORD);
            }
            long[] unknown = new long[rounds];
            long[] wrong = new long[rounds];
            long[] locked = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                unknown[round] = login(server, "nobody-" + round + "@bench.example", WRONG);
                wrong[round] = login(server, "known@bench.example", WRONG);
                locked[round] = login(server, "locked@bench.example", PASSWORD);
                if (round % 4 == 3) {
                    // Clears the failure count before it locks the known account (unmeasured).
                    login(server, "known@bench.example", PASSWORD);
                }
            }
            double base = median(unknown);
            System.out.printf(Locale.ROOT, "%nFailed sign-ins, %d rounds, load average %.2f, %d cores%n", rounds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s %12s%n", "path", "median ms", "p90 ms", "mean ms", "vs unknown");
            row("unknown address (dummy check)", unknown, base);
            row("known address, wrong password", wrong, base);
            row("locked account", locked, base);
        } finally {
            services.close();
        }
    }

    private static void signUp(LucentTestServer server, Mailbox mailbox, String email) throws InterruptedException {
        server.anonymous("/api/v1/auth/register").post(Entity.json(Map.of("organization", "Bench " + email, "email", email,
                "password", PASSWORD, "fullName", "Bench User"))).close();
        String code = Mailbox.sixDigitCode(mailbox.awaitMessage(email, 1));
        try (Response verified = server.anonymous("/api/v1/auth/verify").post(Entity.json(Map.of("email", email, "code", code)))) {
            if (verified.getStatus() != 200) {
                throw new IllegalStateException("verification failed: " + verified.getStatus());
            }
        }
    }

    /** One sign-in; its wall time in nanoseconds. */
    private static long login(LucentTestServer server, String email, String password) {
        long start = System.nanoTime();
        try (Response response = server.anonymous("/api/v1/auth/login").post(Entity.json(Map.of("email", email, "password", password)))) {
            response.readEntity(String.class);
            if (response.getStatus() != 401 && response.getStatus() != 200) {
                throw new IllegalStateException("unexpected status " + response.getStatus());
            }
        }
        return System.nanoTime() - start;
    }

    private static void row(String name, long[] nanos, double base) {
        System.out.printf(Locale.ROOT, "%-34s %10.2f %10.2f %10.2f %11.1f%%%n", name, median(nanos) / 1e6, percentile(nanos, 0.9) / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6, 100.0 * median(nanos) / base);
    }

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double p) {
        List<Long> sorted = new ArrayList<>(Arrays.stream(values).boxed().sorted().toList());
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * (sorted.size() - 1) + 0.5)));
    }
}
