package io.lucent.platform.jobs;

import static io.lucent.platform.jobs.JobStoreFixture.ACME;
import static io.lucent.platform.jobs.JobStoreFixture.GLOBEX;
import static io.lucent.platform.jobs.JobStoreFixture.LEASE;
import static io.lucent.platform.jobs.JobStoreFixture.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Claiming honours each tenant's own running-jobs limit ({@link TenantJobLimits}, the plan's maxConcurrentForecasts),
 * on SQLite and PostgreSQL: a tenant at its limit keeps its further jobs queued while another tenant with a higher
 * limit starts more, and the limit is read again at every claim.
 */
@ExtendWith(ExternalServicesExtension.class)
class PerTenantConcurrencyTest {

    @TempDir
    Path directory;

    private JobStore store(Dialect dialect, Supplier<ExternalServices> services) {
        return JobStoreFixture.store(dialect, directory, services);
    }

    private static List<String> claimAll(JobStore store, TenantJobLimits limits) {
        List<String> claimed = new ArrayList<>();
        for (Optional<ClaimedTask> task = store.claim("w1", 10, LEASE, limits); task.isPresent(); task = store.claim("w1", 10, LEASE, limits)) {
            claimed.add(task.get().jobId());
        }
        return claimed;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eachTenantRunsAtMostItsOwnLimitOfJobsAtOnce(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        List<String> acme = new ArrayList<>();
        List<String> globex = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            acme.add(store.insert(ACME, JobSpec.of("test", "{}", List.of("a" + i)), LIMITS, i));
            globex.add(store.insert(GLOBEX, JobSpec.of("test", "{}", List.of("g" + i)), LIMITS, i));
        }
        Map<String, Integer> limits = new java.util.HashMap<>(Map.of("acme", 1, "globex", 3));

        List<String> first = claimAll(store, tenant -> limits.get(tenant));

        assertThat(first).containsExactlyInAnyOrder(acme.get(0), globex.get(0), globex.get(1), globex.get(2));
        assertThat(store.runningJobs("acme")).isEqualTo(1);
        assertThat(store.runningJobs("globex")).isEqualTo(3);
        assertThat(store.find(ACME, acme.get(1)).orElseThrow().state()).isEqualTo(JobState.QUEUED);

        limits.put("acme", 2);
        assertThat(claimAll(store, tenant -> limits.get(tenant))).as("a raised limit applies at the next claim").containsExactly(acme.get(1));
    }
}
