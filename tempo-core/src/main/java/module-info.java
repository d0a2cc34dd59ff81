/**
 * tempo-core: the domain, findings, policy, scores and the {@link dev.tempo.Tempo} facade, with the
 * descriptor reader, reports, baselines and the test kit. No Drools: the engine is in tempo-rules.
 *
 * <p>Only the API packages are exported; {@code dev.tempo.internal} (strict document reading, atomic
 * file writes) is not. Jackson is used inside and appears in no public signature, so it is not
 * required transitively.
 */
module dev.tempo.core {
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.tempo;
    exports dev.tempo.baseline;
    exports dev.tempo.descriptor;
    exports dev.tempo.model;
    exports dev.tempo.report;
    exports dev.tempo.testkit;

    // Jackson binds descriptors, policies and baseline files to these packages' records, through private creators too
    opens dev.tempo to com.fasterxml.jackson.databind;
    opens dev.tempo.model to com.fasterxml.jackson.databind;
    opens dev.tempo.baseline to com.fasterxml.jackson.databind;
}
