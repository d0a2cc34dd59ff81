package dev.tempo.examples.governance;

import dev.tempo.model.Project;
import java.util.List;

/**
 * The client of an ML platform's model registry, as a governance pipeline sees it. A real platform
 * implements it over its own API (reading each project's tempo descriptor with
 * {@code DescriptorReader}, or mapping registry metadata to a {@link Project}); tests mock it.
 */
public interface ModelRegistryClient {

    /**
     * Every project registered on the platform, described for tempo.
     *
     * @throws RuntimeException when the registry cannot be read; a gate then fails rather than passing unchecked
     */
    List<Project> projects();
}
