package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.model.Waiver;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentScopeTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private static Finding finding(String ruleId, String target) {
        return new Finding(ruleId, Factor.DATA, Severity.HIGH, "t", target, List.of(), "r", "s");
    }

    private static AssessmentScope scope(Policy policy, List<Waiver> waivers) {
        return new AssessmentScope(policy, AS_OF, Map.of(), new IdentityHashMap<>(), waivers);
    }

    @Test
    void describe_sortsByRuleThenTarget_projectWideFirst() {
        assertThat(scope(Policy.DEFAULTS, List.of()).describe(List.of(finding("TEMPO-DATA-05", "b"), finding("TEMPO-DATA-02", "z"),
                finding("TEMPO-DATA-05", "a"), finding("TEMPO-DATA-01", null))))
                .isEqualTo("TEMPO-DATA-01 (HIGH), TEMPO-DATA-02 on z (HIGH), TEMPO-DATA-05 on a (HIGH), TEMPO-DATA-05 on b (HIGH)");
    }

    @Test
    void describe_marksWaivedAndDisabledFindings_notExpiredWaivers() {
        Policy disabling = Policy.builder().disabled(Set.of("TEMPO-DATA-01")).build();
        List<Waiver> waivers = List.of(
                new Waiver("TEMPO-DATA-02", "fix planned", AS_OF, "z"),
                new Waiver("TEMPO-DATA-05", "expired", AS_OF.minusDays(1), null));
        assertThat(scope(disabling, waivers).describe(List.of(finding("TEMPO-DATA-01", null), finding("TEMPO-DATA-02", "z"),
                finding("TEMPO-DATA-02", "y"), finding("TEMPO-DATA-05", "a"))))
                .isEqualTo("TEMPO-DATA-01 (HIGH, disabled), TEMPO-DATA-02 on y (HIGH), TEMPO-DATA-02 on z (HIGH, waived),"
                        + " TEMPO-DATA-05 on a (HIGH)");
    }
}
