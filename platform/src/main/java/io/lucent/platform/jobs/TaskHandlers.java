package io.lucent.platform.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The task handlers of this process by kind (each feature module adds its own to the Guice set). */
public final class TaskHandlers {

    private final Map<String, TaskHandler> byKind;

    public TaskHandlers(Set<TaskHandler> handlers) {
        this.byKind = handlers.stream().collect(Collectors.toUnmodifiableMap(TaskHandler::kind, Function.identity()));
    }

    public Optional<TaskHandler> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }
}
