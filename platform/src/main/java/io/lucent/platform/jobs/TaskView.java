package io.lucent.platform.jobs;

import java.util.Optional;

/**
 * One task of a job as its submitter sees it.
 *
 * @param entityKey the entity
 * @param state     its state
 * @param attempts  how often it was started
 * @param result    what its handler reported on success (JSON), if done
 * @param error     why it failed, if it did
 */
public record TaskView(String entityKey, TaskState state, int attempts, Optional<String> result, Optional<String> error) {
}
