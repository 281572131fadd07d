package io.lucent.plugin.testkit;

import java.util.List;

/**
 * A plugin broke the rules the test kit checks: the zip's layout, its manifest, its extensions, or the
 * contract of an extension point. An {@link AssertionError}, so JUnit reports it as a test failure; its
 * message lists every problem found.
 */
public final class PluginCheckFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * Creates the failure.
     *
     * @param subject  what was checked, for example the zip's path
     * @param problems what is wrong, one sentence each, not empty
     */
    public PluginCheckFailure(String subject, List<String> problems) {
        super(subject + " breaks the Lucent plugin rules:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the failure with a cause.
     *
     * @param subject what was checked
     * @param problem what is wrong
     * @param cause   the underlying exception
     */
    public PluginCheckFailure(String subject, String problem, Throwable cause) {
        super(subject + " breaks the Lucent plugin rules:\n  - " + problem, cause);
        this.problems = List.of(problem);
    }

    /**
     * What is wrong.
     *
     * @return the problems, one sentence each
     */
    public List<String> problems() {
        return problems;
    }
}
