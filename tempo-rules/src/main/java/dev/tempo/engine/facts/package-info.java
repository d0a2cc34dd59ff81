/**
 * Calculations the default rule pack calls from its DRL files (medians, distinct names, storage horizons,
 * evidence lines, and conditions over several facts as {@link dev.tempo.engine.Grounds}), kept in Java so
 * they can be unit-tested. Not API: free to change in any release.
 */
package dev.tempo.engine.facts;
