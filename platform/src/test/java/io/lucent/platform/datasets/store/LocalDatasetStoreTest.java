package io.lucent.platform.datasets.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDatasetStoreTest {

    @TempDir
    Path temp;

    @Test
    void putMovingTakesTheFileIntoTheStoreAndLeavesNoCopyBehind() throws IOException {
        LocalDatasetStore store = new LocalDatasetStore(temp.resolve("store"));
        Path staged = Files.writeString(temp.resolve("version.parquet"), "parquet bytes", StandardCharsets.UTF_8);

        store.putMoving("t1/datasets/d1/v1-abc.parquet", staged);

        assertThat(staged).doesNotExist();
        assertThat(store.localFile("t1/datasets/d1/v1-abc.parquet")).hasContent("parquet bytes");
        assertThat(store.list("t1")).containsExactly("t1/datasets/d1/v1-abc.parquet");
        try (Stream<Path> files = Files.walk(temp.resolve("store"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void putMovingReplacesWhatWasStoredUnderTheKey() throws IOException {
        LocalDatasetStore store = new LocalDatasetStore(temp.resolve("store"));
        store.put("t1/k", Files.writeString(temp.resolve("old"), "old", StandardCharsets.UTF_8));

        store.putMoving("t1/k", Files.writeString(temp.resolve("new"), "new", StandardCharsets.UTF_8));

        assertThat(store.localFile("t1/k")).hasContent("new");
        assertThat(temp.resolve("old")).exists();
        assertThat(temp.resolve("new")).doesNotExist();
    }
}
