/**
 * Baselines: the findings a team accepts for now, so that a gate fails only on new ones.
 *
 * <p>The entry point is {@link dev.tempo.baseline.Baseline}: {@code Baseline.of(assessment).write(file)}
 * records one, {@code Baseline.read(file).compare(assessment).assertNoNewFindingAtOrAbove(Severity.HIGH)}
 * gates against it.
 */
package dev.tempo.baseline;
