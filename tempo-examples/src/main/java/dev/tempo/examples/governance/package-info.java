/**
 * An example governance pipeline: {@link dev.tempo.examples.governance.GovernanceGate} assesses every
 * project a {@link dev.tempo.examples.governance.ModelRegistryClient} lists and blocks on severe findings.
 */
package dev.tempo.examples.governance;
