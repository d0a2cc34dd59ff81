/**
 * tempo: what slows an ML project's operational tempo, and what to do about it.
 *
 * <p>The entry point is {@link dev.tempo.Tempo}, built once with {@code dev.tempo.engine.TempoEngine.create()}
 * (module {@code tempo-rules}) and shared: {@code tempo.assess(project, asOf)} returns an immutable
 * {@link dev.tempo.Assessment} of findings, unknown facts and scores. Projects are described with the
 * records of {@link dev.tempo.model} or read by {@link dev.tempo.descriptor.DescriptorReader}; bad input
 * throws {@link dev.tempo.model.InvalidInputException} naming file, field path, line and column.
 */
package dev.tempo;
