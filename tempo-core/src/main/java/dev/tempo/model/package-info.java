/**
 * The project descriptor as immutable records, field for field: {@link dev.tempo.model.Project} and its
 * sections, with builders ({@code Project.builder("id")}, {@code Dataset.builder("name")}, ...) and
 * {@code toBuilder()} for a changed copy.
 *
 * <p>A null scalar means unknown, never {@code false} or {@code 0}; absent lists are empty; absent sections
 * are all-unknown. Numbers take plain literals ({@code experienceYears(6)}) and null for unknown; lists take
 * varargs, a {@code List} or one entry at a time ({@code addMember(..)}).
 *
 * <p>Every rejected value is an {@link dev.tempo.model.InvalidFieldException}, an
 * {@link dev.tempo.model.InvalidInputException} whose one problem names the field. A builder's {@code build()}
 * names it from the record it builds: sections and list entries given to a builder as builders are built with
 * it, so {@code Project.builder("p").team(Team.builder().addMember(Member.builder("bo").experienceYears(-3))).build()}
 * names {@code team.members[0].experienceYears}. A record's constructor, and a builder built on its own,
 * name the field relative to that record ({@code experienceYears}).
 */
package dev.tempo.model;
