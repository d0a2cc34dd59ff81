/**
 * The project descriptor as immutable records, field for field: {@link dev.tempo.model.Project} and its
 * sections, with generated builders ({@code Project.builder("id")}, {@code Dataset.builder("name")}, ...).
 *
 * <p>A null scalar means unknown, never {@code false} or {@code 0}; absent lists are empty; absent sections
 * are all-unknown. Constructors validate and throw {@link dev.tempo.model.InvalidFieldException} naming the field.
 */
package dev.tempo.model;
