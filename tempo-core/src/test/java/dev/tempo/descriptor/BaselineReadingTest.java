package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.baseline.Baseline;
import dev.tempo.baseline.Fingerprint;
import dev.tempo.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReadingTest {
    private final DescriptorReader reader = new DescriptorReader();

    @TempDir
    Path dir;

    private Problem rejected(String json) {
        return Rejection.of(() -> reader.readBaseline(new StringReader(json), "baseline.json"));
    }

    @Test
    void validBaseline_readsEveryFingerprint_inAnyOrder() {
        Baseline baseline = reader.readBaseline(new StringReader("""
                {
                  "version": 1,
                  "findings": [
                    {"projectId": "p", "ruleId": "R-2", "target": "ds"},
                    {"projectId": "p", "ruleId": "R-1"}
                  ]
                }
                """), "baseline.json");

        assertThat(baseline.fingerprints()).containsExactly(new Fingerprint("p", "R-1", null), new Fingerprint("p", "R-2", "ds"));
    }

    @Test
    void baselineNamedLikeYaml_isStillReadAsJson() throws IOException {
        Path file = Files.writeString(dir.resolve("baseline.yaml"), "version: 1\nfindings: []\n");

        Problem problem = Rejection.of(() -> Baseline.read(file));

        assertThat(problem.toString()).startsWith(file + ":1:8: is not valid JSON: Unrecognized token 'version'");
    }

    @Test
    void truncatedJson_isASyntaxErrorWithLineAndColumn() {
        Problem problem = rejected("{\n  \"version\": 1,\n  \"findings\": [\n");

        assertThat(problem).hasToString("baseline.json:4:1: is not valid JSON: Unexpected end-of-input:"
                + " expected close marker for Array (start marker at line 3, column 15)");
    }

    @Test
    void listAtTheRoot_isRejected() {
        assertThat(rejected("[]")).hasToString("baseline.json:1:1: is a list; must be a mapping with version and findings (a tempo baseline)");
    }

    @Test
    void emptyFile_isRejected() {
        assertThat(rejected("").message()).startsWith("is empty");
    }

    @Test
    void unknownTopLevelField_isRejectedWithASuggestion() {
        Problem problem = rejected("{\"version\": 1,\n \"finding\": []}");

        assertThat(problem).hasToString("baseline.json:2:13: finding is not a known field; known fields: version, findings;"
                + " maybe you meant findings?");
    }

    @Test
    void unknownFingerprintField_isRejected() {
        Problem problem = rejected("""
                {"version": 1, "findings": [
                  {"projectId": "p", "ruleId": "R-1", "target": null, "severity": "HIGH"}
                ]}
                """);

        assertThat(problem.path()).isEqualTo("findings[0].severity");
        assertThat(problem.message()).isEqualTo("is not a known field; known fields: projectId, ruleId, target");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(67);
    }

    @Test
    void misspeltFingerprintField_isReportedAsUnknown_notAsAMissingOne() {
        Problem problem = rejected("{\"version\": 1, \"findings\": [{\"projectId\": \"p\", \"rule\": \"R-1\"}]}");

        assertThat(problem.path()).isEqualTo("findings[0].rule");
        assertThat(problem.message()).isEqualTo("is not a known field; known fields: projectId, ruleId, target; maybe you meant ruleId?");
    }

    @Test
    void missingVersion_isRejected() {
        assertThat(rejected("{\"findings\": []}")).hasToString("baseline.json:1:1: version is required; must be 1");
    }

    @Test
    void missingFindings_isRejected() {
        assertThat(rejected("{\"version\": 1}").toString())
                .isEqualTo("baseline.json:1:1: findings is required; must be a list of fingerprints (empty when nothing is accepted)");
    }

    @Test
    void missingRuleId_isRejectedAtItsEntry() {
        Problem problem = rejected("{\"version\": 1, \"findings\": [\n  {\"projectId\": \"p\"}\n]}");

        assertThat(problem).hasToString("baseline.json:2:3: findings[0].ruleId is required");
    }

    @Test
    void unsupportedVersion_isRejectedAtTheValue() {
        Problem problem = rejected("{\n  \"version\": 2,\n  \"findings\": []\n}");

        assertThat(problem).hasToString("baseline.json:2:14: version is 2; this tempo reads baseline format version 1 only");
    }

    @Test
    void versionAsText_isAWrongType() {
        assertThat(rejected("{\"version\": \"1\", \"findings\": []}").message())
                .isEqualTo("is \"1\"; must be a whole number (write it without quotes)");
    }

    @Test
    void findingsNotAList_isAWrongType() {
        Problem problem = rejected("{\"version\": 1, \"findings\": {}}");

        assertThat(problem.path()).isEqualTo("findings");
        assertThat(problem.message()).isEqualTo("is a mapping; must be a list");
    }

    @Test
    void nullEntry_isRejected() {
        Problem problem = rejected("{\"version\": 1, \"findings\": [null]}");

        assertThat(problem.path()).isEqualTo("findings[0]");
        assertThat(problem.message()).startsWith("is null");
    }

    @Test
    void blankTarget_isRejected() {
        Problem problem = rejected("{\"version\": 1, \"findings\": [{\"projectId\": \"p\", \"ruleId\": \"R\", \"target\": \" \"}]}");

        assertThat(problem.path()).isEqualTo("findings[0].target");
        assertThat(problem.message()).startsWith("is blank");
    }

    @Test
    void repeatedFingerprint_isRejectedAtTheRepeat() {
        Problem problem = rejected("""
                {"version": 1, "findings": [
                  {"projectId": "p", "ruleId": "R-1", "target": null},
                  {"projectId": "p", "ruleId": "R-1"}
                ]}
                """);

        assertThat(problem).hasToString("baseline.json:3:3: findings[1] repeats findings[0] (p R-1); each fingerprint may appear once");
    }

    @Test
    void repeatedKey_isRejected() {
        Problem problem = rejected("{\"version\": 1,\n\"version\": 1, \"findings\": []}");

        assertThat(problem.path()).isEqualTo("version");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("appears twice");
    }

    @Test
    void missingFile_isRejectedNamingIt() {
        Path absent = dir.resolve("absent.json");

        assertThat(Rejection.of(() -> Baseline.read(absent))).hasToString(absent + ": cannot be read: no such file");
    }
}
