package io.lucent.platform.datasets.copies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.query.DerivedResults;
import io.lucent.platform.datasets.store.LocalDatasetStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The datasets feature's node-local copies of a deleted dataset's derived results, on a real local store. */
class StoreCopiesTest {

    /** A derived result. */
    record Summary(String text) {
    }

    @TempDir
    Path temp;

    @Test
    void forgettingADeletedDatasetDropsTheDerivedResultsThisNodeKeepsInMemoryForItsVersionsOnly() {
        LocalDatasetStore store = new LocalDatasetStore(temp);
        DerivedResults derived = new DerivedResults(store, new ObjectMapper(), 16);
        String deletedHash = "d".repeat(64);
        String keptHash = "e".repeat(64);
        AtomicInteger computed = new AtomicInteger();
        Summary deletedSummary = derived.get("acme", deletedHash, "summary", Summary.class, () -> new Summary("deleted " + computed.incrementAndGet()));
        Summary keptSummary = derived.get("acme", keptHash, "summary", Summary.class, () -> new Summary("kept " + computed.incrementAndGet()));

        new StoreCopies(store, derived).forget(new DeletedCopies("acme", "5f0c8a8e-3c3b-4c8e-9a7c-2d1f0e6b7a10", List.of(deletedHash)));

        Summary reread = derived.get("acme", deletedHash, "summary", Summary.class, () -> new Summary("recomputed"));
        assertThat(reread).as("read again from the store, not the dropped memory copy").isEqualTo(deletedSummary).isNotSameAs(deletedSummary);
        assertThat(derived.get("acme", keptHash, "summary", Summary.class, () -> new Summary("recomputed"))).isSameAs(keptSummary);
        assertThat(computed).hasValue(2);
    }
}
