package dev.tempo;

import dev.tempo.model.Waiver;

/**
 * A finding hidden by a valid waiver.
 *
 * @param finding the finding as it would have been reported
 * @param waiver  the waiver that hides it
 */
public record WaivedFinding(Finding finding, Waiver waiver) {}
