package dev.encore.agents.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.FeatureLayout;
import dev.encore.spi.FeatureRole;
import dev.encore.spi.ParameterSpec;
import dev.encore.testing.AgentFixture;
import dev.encore.testing.TestCandidates;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureMapTest {

    /** The notebook's columns: 2 listener taste values, 2 song taste values, 2 context noise values. */
    private static final FeatureLayout NOTEBOOK = FeatureLayout.builder().listener("listener-taste", 2)
            .song("song-taste", 2).context("noise", 2).build();

    /** Three listener columns and one song column, not grouped by role. */
    private static final FeatureLayout MIXED = FeatureLayout.builder().column("age", FeatureRole.LISTENER)
            .column("tempo", FeatureRole.SONG).column("weather", FeatureRole.CONTEXT)
            .column("mean-tempo", FeatureRole.LISTENER).column("mean-loudness", FeatureRole.LISTENER).build();

    @Test
    void interactionsAppendEveryListenerTimesSongProductToTheNotebooksSixFeatures() {
        FeatureMap map = FeatureMap.of("interactions", NOTEBOOK);
        assertThat(map.dimension()).isEqualTo(10);
        assertThat(map.inputDimension()).isEqualTo(6);
        assertThat(map.isPlain()).isFalse();
        TestCandidates candidates = TestCandidates.of(6,
                0.2, 0.4, 0.6, 0.8, 1.0, 0.2,
                0.2, 0.4, 1.0, 0.4, 0.6, 0.6);
        double[] rows = new double[20];
        map.map(candidates, rows);
        // l1 s1, l1 s2, l2 s1, l2 s2 after the features
        assertThat(Arrays.copyOfRange(rows, 0, 10)).containsExactly(new double[] {
            0.2, 0.4, 0.6, 0.8, 1.0, 0.2, 0.12, 0.16, 0.24, 0.32}, within(1e-15));
        assertThat(Arrays.copyOfRange(rows, 10, 20)).containsExactly(new double[] {
            0.2, 0.4, 1.0, 0.4, 0.6, 0.6, 0.2, 0.08, 0.4, 0.16}, within(1e-15));
    }

    @Test
    void interactionsFollowTheLayoutsRolesWhereverTheColumnsAre() {
        FeatureMap map = FeatureMap.of("interactions", MIXED);
        assertThat(map.dimension()).isEqualTo(8);
        double[] rows = new double[8];
        // age 2, tempo 3, weather 5, mean tempo 7, mean loudness 11: products age, mean tempo, mean loudness x tempo
        map.map(TestCandidates.of(5, 2, 3, 5, 7, 11), rows);
        assertThat(rows).containsExactly(2, 3, 5, 7, 11, 6, 21, 33);
    }

    @Test
    void mapsARowAtAnyOffsetTheSameAsTheCandidatesRows() {
        FeatureMap map = FeatureMap.of("interactions", MIXED);
        double[] features = {9, 9, 2, 3, 5, 7, 11};
        double[] row = new double[11];
        map.mapRow(features, 2, row, 3);
        assertThat(row).containsExactly(0, 0, 0, 2, 3, 5, 7, 11, 6, 21, 33);
    }

    @Test
    void theNotebooksShapeIsMappedAsEveryOtherRowByRow() {
        FeatureMap map = FeatureMap.of("interactions", NOTEBOOK);
        TestCandidates candidates = TestCandidates.random(300, 6, new SplittableRandom(4));
        for (int i = 0; i < 300; i++) {
            candidates.setFeature(i, i % 6, -0.4 * (i % 7)); // zeros and negative values too
        }
        double[] rows = new double[3000];
        map.map(candidates, rows);
        double[] row = new double[10];
        for (int i = 0; i < 300; i++) {
            map.mapRow(candidates.features(), i * 6, row, 0);
            assertThat(Arrays.copyOfRange(rows, i * 10, i * 10 + 10)).as("row %d", i).containsExactly(row);
        }
    }

    @Test
    void plainLeavesTheFeaturesAsTheyAre() {
        FeatureMap map = FeatureMap.of("plain", NOTEBOOK);
        assertThat(map.dimension()).isEqualTo(6);
        assertThat(map.isPlain()).isTrue();
        TestCandidates candidates = TestCandidates.of(6, 0.2, 0.4, 0.6, 0.8, 1.0, 0.2);
        double[] rows = new double[6];
        map.map(candidates, rows);
        assertThat(rows).containsExactly(candidates.features());
        // without listener or song columns too
        assertThat(FeatureMap.of("plain", FeatureLayout.unnamed(3)).dimension()).isEqualTo(3);
    }

    @Test
    void refusesInteractionsWithoutListenerOrSongColumnsNamingWhatIsMissing() {
        assertThatThrownBy(() -> FeatureMap.of("interactions", FeatureLayout.unnamed(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("features = interactions multiplies listener columns by song columns, but the features "
                        + "have no listener and no song columns (feature-1 (context), feature-2 (context)): use "
                        + "features = plain");
        FeatureLayout songsOnly = FeatureLayout.builder().song("tempo", 1).context("noise", 1).build();
        assertThatThrownBy(() -> FeatureMap.of("interactions", songsOnly))
                .hasMessageContaining("have no listener columns (tempo-1 (song), noise-1 (context))");
        FeatureLayout listenersOnly = FeatureLayout.builder().listener("taste", 2).build();
        assertThatThrownBy(() -> FeatureMap.of("interactions", listenersOnly))
                .hasMessageContaining("have no song columns (taste-1 (listener), taste-2 (listener))");
    }

    @Test
    void refusesAnUnknownChoiceAndCandidatesOfAnotherWidth() {
        assertThatThrownBy(() -> FeatureMap.of("squares", NOTEBOOK))
                .hasMessage("features = squares: allowed plain or interactions");
        FeatureMap map = FeatureMap.of("interactions", NOTEBOOK);
        assertThatThrownBy(() -> map.map(TestCandidates.of(5, 1, 2, 3, 4, 5), new double[10]))
                .hasMessage("candidates have 5 features but the feature map was made for 6");
    }

    @Test
    void rowsAreMappedOnceAStepIntoOneBufferThatLearningReadsAgain() {
        FeatureRows rows = new FeatureRows(FeatureMap.of("interactions", NOTEBOOK), 2);
        assertThat(rows.dimension()).isEqualTo(10);
        TestCandidates candidates = TestCandidates.of(6,
                0.2, 0.4, 0.6, 0.8, 1.0, 0.2,
                1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        double[] first = rows.map(candidates);
        assertThat(first).hasSize(20);
        assertThat(rows.mapped(candidates)).isSameAs(first);
        assertThat(first[19]).isEqualTo(1.0);
        // the next step has one candidate left: the same buffer, its first row rewritten
        TestCandidates next = candidates.remove(0);
        assertThat(rows.map(next)).isSameAs(first);
        assertThat(Arrays.copyOfRange(first, 0, 10)).containsOnly(1.0);
    }

    @Test
    void plainRowsAreTheCandidatesOwnFeaturesWithNothingCopied() {
        FeatureRows rows = new FeatureRows(FeatureMap.of("plain", NOTEBOOK), 1682);
        TestCandidates candidates = TestCandidates.of(6, 0.2, 0.4, 0.6, 0.8, 1.0, 0.2);
        assertThat(rows.map(candidates)).isSameAs(candidates.features());
        assertThat(rows.mapped(candidates)).isSameAs(candidates.features());
    }

    /** Declares the parameter, as an agent offering the choice does. */
    private static final class FeaturesFactory implements AgentFactory {

        @Override
        public String name() {
            return "features";
        }

        @Override
        public String description() {
            return "declares the features parameter";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(FeatureMap.PARAMETER);
        }

        @Override
        public Agent create(AgentContext context) {
            throw new UnsupportedOperationException("only its context is used");
        }
    }

    @Test
    void theParameterDefaultsToPlainAndTheContextChoosesTheMapAndSizesTheRows() {
        AgentFixture fixture = AgentFixture.of(new FeaturesFactory()).featureLayout(NOTEBOOK).catalogSize(5);
        assertThat(FeatureMap.of(fixture.context()).isPlain()).isTrue();
        FeatureRows rows = FeatureRows.of(fixture.parameter("features", "interactions").context());
        assertThat(rows.dimension()).isEqualTo(10);
        assertThat(rows.mapped(TestCandidates.of(6, new double[6]))).hasSize(50);
        assertThatThrownBy(() -> fixture.parameter("features", "all").context())
                .hasMessageContaining("features").hasMessageContaining("plain, interactions");
    }
}
