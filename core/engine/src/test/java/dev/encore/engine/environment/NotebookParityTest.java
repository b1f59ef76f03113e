package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.spi.Candidates;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The seed notebook's own numbers (notebook-parity.json), reproduced with its settings and seed 2020. */
class NotebookParityTest {

    private static final int[] FIRST_THREE = {0, 1, 2};

    private static Map<String, Object> printed;
    private static Map<String, Object> produced;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void loadGolden() throws IOException {
        try (InputStream in = NotebookParityTest.class.getResourceAsStream("/notebook-parity.json")) {
            Map<String, Object> golden = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            printed = (Map<String, Object>) golden.get("notebook_printed");
            produced = (Map<String, Object>) golden.get("seed_2020_always_slate_0_1_2");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void resetShowsTheNotebooksFirstTenCandidatesExactly() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(2020);
        Candidates candidates = environment.candidates();
        List<List<Object>> rows = (List<List<Object>>) printed.get("reset_seed_2020_first10");
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            assertThat(candidates.user()).isEqualTo(row.get(0));
            assertThat(candidates.item(i)).isEqualTo(row.get(1));
            List<Double> features = (List<Double>) row.get(2);
            for (int j = 0; j < features.size(); j++) {
                assertThat(candidates.feature(i, j)).as("candidate %d feature %d", i, j).isEqualTo(features.get(j));
            }
        }
        assertThat(candidates.size()).isEqualTo(produced.get("reset_candidates"));
    }

    @Test
    void resetDrawsTheNotebooksEmbeddingsAndNoise() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(2020);
        assertThat(rows(environment::userEmbedding, 3)).isEqualTo(produced.get("user_embeddings_first3"));
        assertThat(rows(environment::itemEmbedding, 3)).isEqualTo(produced.get("item_embeddings_first3"));
        assertThat(sum(environment::userEmbedding, 943)).isCloseTo(number("user_embeddings_sum"), within(1e-9));
        assertThat(sum(environment::itemEmbedding, 1682)).isCloseTo(number("item_embeddings_sum"), within(1e-9));
        Candidates candidates = environment.candidates();
        double noise = 0;
        for (int i = 0; i < candidates.size(); i++) {
            noise += candidates.feature(i, 4) + candidates.feature(i, 5);
        }
        assertThat(noise).isCloseTo(number("reset_noise_sum"), within(1e-9));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fiveStepsOfTheFirstThreeCandidatesGiveTheNotebooksListenersAndRewards() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(2020);
        List<Integer> users = (List<Integer>) produced.get("users");
        List<List<String>> rewardsHex = (List<List<String>>) produced.get("rewards_hex");
        List<Double> optimal = (List<Double>) produced.get("optimal_return");
        double[] rewards = new double[3];
        for (int step = 0; step < users.size(); step++) {
            assertThat(environment.candidates().user()).as("listener of step %d", step).isEqualTo(users.get(step));
            environment.step(FIRST_THREE, 3, rewards);
            for (int p = 0; p < 3; p++) {
                double expected = Double.parseDouble(rewardsHex.get(step).get(p));
                assertThat(rewards[p]).as("step %d position %d", step, p).isCloseTo(expected, within(1e-12));
            }
            assertThat(environment.optimalReturn()).isCloseTo(optimal.get(step), within(1e-12));
            environment.advance();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void rewardsAreNumpysExactDoubles() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(2020);
        List<List<String>> rewardsHex = (List<List<String>>) produced.get("rewards_hex");
        double[] rewards = new double[3];
        for (List<String> expected : rewardsHex) {
            environment.step(FIRST_THREE, 3, rewards);
            for (int p = 0; p < 3; p++) {
                assertThat(Double.toHexString(rewards[p]))
                        .isEqualTo(Double.toHexString(Double.parseDouble(expected.get(p))));
            }
            environment.advance();
        }
    }

    @Test
    void notebookPrintsTheFirstStepsRewardsAndOptimalReturn() {
        EmbeddingEnvironment environment = new EmbeddingEnvironment(EmbeddingSettings.NOTEBOOK);
        environment.reset(2020);
        double[] rewards = new double[3];
        environment.step(FIRST_THREE, 3, rewards);
        assertThat(rewards).containsExactly(1.24, 2.2, 1.32);
        assertThat(environment.optimalReturn()).isEqualTo(2.8);
    }

    private interface Embedding {
        double value(int row, int j);
    }

    private static List<List<Double>> rows(Embedding embedding, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(r -> List.of(embedding.value(r, 0), embedding.value(r, 1), embedding.value(r, 2)))
                .toList();
    }

    private static double sum(Embedding embedding, int count) {
        double sum = 0;
        for (int r = 0; r < count; r++) {
            for (int j = 0; j < 3; j++) {
                sum += embedding.value(r, j);
            }
        }
        return sum;
    }

    private static double number(String key) {
        return ((Number) produced.get(key)).doubleValue();
    }
}
