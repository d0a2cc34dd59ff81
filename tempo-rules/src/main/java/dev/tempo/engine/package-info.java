/**
 * The Drools-backed engine: {@link dev.tempo.engine.TempoEngine} is the entry point
 * ({@code TempoEngine.create()}); {@link dev.tempo.engine.AssessmentScope} is the DRL global {@code tempo}
 * through which rules raise findings; {@link dev.tempo.engine.RulePack} adds rules of your own
 * (DRL files, folders, pack jars; {@link dev.tempo.engine.DrlSource} is one file).
 */
package dev.tempo.engine;
