/**
 * Calculations the default rule pack calls from its DRL files (medians, distinct names, storage horizons,
 * evidence lines), kept in Java so they can be unit-tested; {@link dev.tempo.engine.facts.Verdict} applies
 * the unknown-fact conventions in one place.
 */
package dev.tempo.engine.facts;
