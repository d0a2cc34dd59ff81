package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.model.Tool;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolingFactsTest {
    private static final List<Tool> TOOLS = List.of(
            Tool.builder("mlflow").version("2.9").teamName("search").build(),
            Tool.builder("wandb").teamName("ads").build(),
            Tool.builder("mlflow").version("2.14").teamName("recs").build(),
            Tool.builder("mlflow").version("2.9").teamName("ads").build(),
            Tool.builder("mlflow").build());

    @Test
    void distinctNamesAndVersions_areSorted_unknownVersionsLeftOut() {
        assertThat(ToolingFacts.distinctNames(TOOLS)).containsExactly("mlflow", "wandb");
        assertThat(ToolingFacts.distinctVersions(TOOLS)).containsExactly("2.14", "2.9");
    }

    @Test
    void hasUnknownVersion_whenAnEntryHasNoVersion() {
        assertThat(ToolingFacts.hasUnknownVersion(TOOLS)).isTrue();
        assertThat(ToolingFacts.hasUnknownVersion(TOOLS.subList(0, 1))).isFalse();
    }

    @Test
    void perMember_dividesTheDistinctNamesByTheMembers_andIsNullWithoutMembers() {
        assertThat(ToolingFacts.perMember(TOOLS, List.of("ana", "ben", "chloe", "dev"))).isEqualTo(0.5);
        assertThat(ToolingFacts.perMember(TOOLS, List.of("ana", "ben", "chloe"))).isEqualTo(2.0 / 3);
        assertThat(ToolingFacts.perMember(TOOLS, List.of())).isNull();
    }

    @Test
    void pair_isTheSameWhicheverNameComesFirst() {
        assertThat(ToolingFacts.pair("lakefs", "dvc")).isEqualTo("dvc + lakefs");
        assertThat(ToolingFacts.pair("dvc", "lakefs")).isEqualTo("dvc + lakefs");
    }

    @Test
    void namesAndVersions_listTheirTeams() {
        assertThat(ToolingFacts.namesWithTeams(TOOLS)).isEqualTo("mlflow (teams ads, recs, search), wandb (team ads)");
        assertThat(ToolingFacts.versionsWithTeams(TOOLS)).isEqualTo("2.14 (team recs), 2.9 (teams ads, search)");
        assertThat(ToolingFacts.teams(List.of(Tool.builder("dvc").build()))).isEqualTo("no team");
    }
}
