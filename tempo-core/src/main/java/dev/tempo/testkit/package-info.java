/**
 * The test kit: fluent checks on assessments and a verifier for rules, for governance pipelines and
 * rule-pack authors, in any test framework.
 *
 * <p>The entry points are {@link dev.tempo.testkit.TempoAssertions#assertThat(dev.tempo.Assessment)}
 * ({@code assertThat(assessment).hasFinding("TEMPO-DATA-01").withSeverity(HIGH).onProject()}) and
 * {@link dev.tempo.testkit.RuleVerifier} ({@code RuleVerifier.of(tempo, asOf).verifyThat("ACME-01")
 * .given(project).firesExactlyOn("churn-model")}). Failures are plain {@link java.lang.AssertionError}s
 * saying what was expected and found, followed by the readable report; the kit needs no test library at run time.
 */
package dev.tempo.testkit;
