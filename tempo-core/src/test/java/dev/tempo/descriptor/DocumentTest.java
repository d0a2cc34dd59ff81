package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Policy;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private final DescriptorReader reader = new DescriptorReader();

    private final Document<Project> project = reader.readProjectDocument(new StringReader("""
            project:
              id: p
            team:
              members:
                - name: ana
                - name: bo
                  experienceYears: 4
            waivers:
              - rule: TEMPO-TEAM-08
                reason: agreed
                expires: 2026-12-31
              - rule: TEMPO-NOPE-01
                reason: typo
                expires: 2026-12-31
            """), "project.yaml");

    @Test
    void locate_findsANestedField() {
        assertThat(project.locate("team.members[1].experienceYears")).contains(new Location(7, 24));
        assertThat(project.locate("team.members[1]")).contains(new Location(6, 7));
        assertThat(project.locate("waivers[1].rule")).contains(new Location(12, 11));
        assertThat(project.locate("")).contains(new Location(1, 1));
    }

    @Test
    void locate_isEmptyForAnAbsentField() {
        assertThat(project.locate("team.members[0].experienceYears")).isEmpty();
    }

    @Test
    void problemAt_pointsALaterCheckAtTheField() {
        Problem problem = project.problemAt("waivers[1].rule", "is \"TEMPO-NOPE-01\", which is not a loaded rule");

        assertThat(problem).hasToString("project.yaml:12:11: waivers[1].rule is \"TEMPO-NOPE-01\", which is not a loaded rule");
    }

    @Test
    void problemAt_anAbsentField_pointsAtTheEnclosingValue() {
        Problem problem = project.problemAt("team.members[0].role", "is unknown");

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.column()).isEqualTo(7);
    }

    @Test
    void policyDocument_locatesRuleIdsForTheEngine() {
        Document<Policy> policy = reader.readPolicyDocument(new StringReader("""
                severities:
                  TEMPO-X-99: LOW
                disabled:
                  - TEMPO-TEAM-08
                """), "policy.yaml");

        assertThat(policy.value().severities()).containsKey("TEMPO-X-99");
        assertThat(policy.locate("severities.TEMPO-X-99")).contains(new Location(2, 15));
        InvalidInputException error = policy.invalidAt("disabled[0]", "is \"TEMPO-TEAM-08\", which is not a loaded rule");
        assertThat(error.getMessage()).isEqualTo("policy.yaml:4:5: disabled[0] is \"TEMPO-TEAM-08\", which is not a loaded rule");
    }

    @Test
    void jsonDocument_locatesFields() {
        Document<Project> json = reader.readProjectDocument(new StringReader("{\n  \"project\": {\"id\": \"p\",\n    \"name\": \"x\"}\n}"), "p.json");

        assertThat(json.locate("project.name")).contains(new Location(3, 13));
        assertThat(json.source()).isEqualTo("p.json");
    }
}
