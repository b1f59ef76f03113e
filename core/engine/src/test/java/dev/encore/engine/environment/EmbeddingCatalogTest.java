package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.data.ListeningLogReader;
import dev.encore.engine.data.LogFixtures;
import dev.encore.engine.data.LogGenerator;
import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.data.StrengthMatrix;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.engine.run.EpisodeLength;
import dev.encore.engine.run.RegretTrace;
import dev.encore.engine.run.Trial;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code type: embedding} sized from a log ({@code catalog:}) and with tastes fitted to it. */
class EmbeddingCatalogTest {

    private static final EmbeddingType TYPE = new EmbeddingType();

    @TempDir
    static Path folder;

    @BeforeAll
    static void generateALogWithStructure() throws IOException {
        new LogGenerator(150, 400, 9_000, 9, 11).write(folder.resolve("generated.csv"));
    }

    private static EnvironmentBlueprint prepare(Map<String, Object> settings, Path base, StrengthMapping rewards) {
        return TYPE.prepare(ParameterBinder.bind(TYPE.parameters(), settings).orElseThrow(),
                new EnvironmentContext(base, rewards));
    }

    private static Path fixtures() {
        return LogFixtures.path("six-columns.csv").getParent();
    }

    @Test
    void aCatalogSizesListenersAndSongsFromTheLog() {
        EnvironmentBlueprint blueprint = prepare(Map.of("catalog", "six-columns.csv"), fixtures(),
                StrengthMapping.SEED_EVENTS);
        assertThat(blueprint.users()).isEqualTo(3);
        assertThat(blueprint.items()).isEqualTo(3);
        Environment environment = blueprint.create();
        RegretTrace trace = new Trial(environment, TestAgents.random(2), 2).run(4, EpisodeLength.ALL, 100);
        assertThat(trace.totalSteps()).isEqualTo(6);
    }

    @Test
    void usersOrItemsThatDisagreeWithTheCatalogAreRefused() {
        Path file = fixtures().resolve("six-columns.csv");
        assertThatThrownBy(() -> prepare(Map.of("catalog", "six-columns.csv", "users", 5L), fixtures(),
                StrengthMapping.SEED_EVENTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("users = 5 disagrees with the catalog " + file + ", which has 3 listeners: leave users "
                        + "out, the catalog sets it");
        assertThatThrownBy(() -> prepare(Map.of("catalog", "six-columns.csv", "items", 10L), fixtures(),
                StrengthMapping.SEED_EVENTS))
                .hasMessage("items = 10 disagrees with the catalog " + file + ", which has 3 songs: leave items "
                        + "out, the catalog sets it");
        assertThat(prepare(Map.of("catalog", "six-columns.csv", "users", 3L, "items", 3L), fixtures(),
                StrengthMapping.SEED_EVENTS).users()).isEqualTo(3);
    }

    @Test
    void aFitNeedsACatalogAndEmbeddingsAreDrawnOrFitted() {
        assertThatThrownBy(() -> prepare(Map.of("embeddings", "fitted"), fixtures(), StrengthMapping.SEED_EVENTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embeddings = 'fitted' needs a catalog: the listening log to fit, such as catalog: "
                        + "data/listening-log.csv");
        assertThatThrownBy(() -> prepare(Map.of("embeddings", "learned"), fixtures(), StrengthMapping.SEED_EVENTS))
                .hasMessage("embeddings = 'learned' is not allowed: allowed drawn or fitted");
    }

    @Test
    void aMissingCatalogIsNamedWithWhereItWasLookedFor() {
        assertThatThrownBy(() -> prepare(Map.of("catalog", "nope.csv"), fixtures(), StrengthMapping.SEED_EVENTS))
                .isInstanceOf(UserError.class)
                .hasMessage("catalog = 'nope.csv': no such file: " + fixtures().resolve("nope.csv"));
    }

    @Test
    void unknownEventsCountedAsZeroReachTheBlueprintsWarnings() {
        StrengthMapping zero = new StrengthMapping(StrengthMapping.SEED_EVENTS.strengths(),
                StrengthMapping.UnknownEvents.ZERO);
        EnvironmentBlueprint blueprint = prepare(Map.of("catalog", "unknown-events.csv"), fixtures(), zero);
        assertThat(blueprint.warnings()).singleElement().asString()
                .endsWith("unknown-events.csv: events not in the rewards mapping count as 0: 'Loved it' (2 times), "
                        + "'Have listened it completely' (1 time)");
    }

    @Test
    void fittedRatingsCorrelateWithTheLogsStrengthsOnTheLoggedPairs() {
        EmbeddingEnvironment environment = fitted(StrengthMapping.SEED_EVENTS);
        ListeningLog log = ListeningLogReader.read(folder.resolve("generated.csv"), StrengthMapping.SEED_EVENTS);
        StrengthMatrix strengths = StrengthMatrix.byUser(log);
        assertThat(environment.users()).isEqualTo(log.users());
        assertThat(environment.items()).isEqualTo(log.items());
        double correlation = correlation(environment, strengths);
        assertThat(correlation).isGreaterThan(0.5);
    }

    @Test
    void changingTheMappingChangesTheFittedTastes() {
        Map<String, Double> events = new LinkedHashMap<>(StrengthMapping.SEED_EVENTS.strengths());
        events.put("Download", -3.0);
        events.put("Skip it", 2.0);
        StrengthMapping changed = new StrengthMapping(events, StrengthMapping.UnknownEvents.ERROR);
        EmbeddingEnvironment seed = fitted(StrengthMapping.SEED_EVENTS);
        EmbeddingEnvironment other = fitted(changed);
        assertThat(other.userEmbedding(0, 0)).isNotEqualTo(seed.userEmbedding(0, 0));
        assertThat(other.rating(0, 0)).isNotEqualTo(seed.rating(0, 0));
        // and the fit follows the new mapping's strengths
        ListeningLog log = ListeningLogReader.read(folder.resolve("generated.csv"), changed);
        assertThat(correlation(other, StrengthMatrix.byUser(log))).isGreaterThan(0.5);
    }

    @Test
    void aFittedEnvironmentPlaysWithAnyAgentAndTheSameTastesEveryEpisode() {
        EnvironmentBlueprint blueprint = prepare(Map.of("catalog", "generated.csv", "embeddings", "fitted"), folder,
                StrengthMapping.SEED_EVENTS);
        EmbeddingEnvironment first = (EmbeddingEnvironment) blueprint.create();
        EmbeddingEnvironment second = (EmbeddingEnvironment) blueprint.create();
        RegretTrace trace = new Trial(first, TestAgents.random(3), 3).run(1, EpisodeLength.of(500), 500);
        new Trial(second, TestAgents.first(), 3).run(2, EpisodeLength.of(10), 10);
        for (int i = 1; i < trace.size(); i++) {
            assertThat(trace.cumulativeRegret(i)).isGreaterThanOrEqualTo(trace.cumulativeRegret(i - 1));
        }
        assertThat(second.userEmbedding(7, 1)).isEqualTo(first.userEmbedding(7, 1));
        assertThat(second.itemEmbedding(5, 2)).isEqualTo(first.itemEmbedding(5, 2));
    }

    private static EmbeddingEnvironment fitted(StrengthMapping rewards) {
        EmbeddingEnvironment environment = (EmbeddingEnvironment) prepare(
                Map.of("catalog", "generated.csv", "embeddings", "fitted"), folder, rewards).create();
        environment.reset(1);
        return environment;
    }

    /** Pearson's correlation between the fitted ratings and the strengths, over the logged pairs. */
    private static double correlation(EmbeddingEnvironment environment, StrengthMatrix strengths) {
        int n = strengths.pairs();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int user = 0, k = 0; user < strengths.rows(); user++) {
            for (int p = strengths.start(user); p < strengths.end(user); p++, k++) {
                x[k] = environment.rating(user, strengths.column(p));
                y[k] = strengths.value(p);
            }
        }
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
