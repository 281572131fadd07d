package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.RowProblem;
import java.util.ArrayList;
import java.util.List;

/** Counts rejected rows and keeps the first {@value #KEPT} problems. Not thread-safe. */
final class ProblemLog {

    static final int KEPT = 100;

    private final List<RowProblem> problems = new ArrayList<>();
    private long rejected;

    void reject(long line, String message) {
        rejected++;
        if (problems.size() < KEPT) {
            problems.add(new RowProblem(line, message));
        }
    }

    long rejected() {
        return rejected;
    }

    List<RowProblem> problems() {
        return List.copyOf(problems);
    }
}
