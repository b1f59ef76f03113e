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
import dev.encore.engine.run.RegretTrace;
import dev.encore.engine.run.Trial;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.testing.TestAgents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
        RegretTrace trace = new Trial(environment, TestAgents.uniform(2, environment.items()), 2)
                .run(4, EpisodeLength.ALL, 100);
        assertThat(trace.totalSteps()).isEqualTo(6);
    }

    @Test
    void usersOrItemsThatDisagreeWithTheCatalogAreRefused() {
        Path file = fixtures().resolve("six-columns.csv");
        assertThatThrownBy(() -> prepare(Map.of("catalog", "six-columns.csv", "users", 5L), fixtures(),
                StrengthMapping.SEED_EVENTS))
                .isInstanceOf(UserError.class)
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
                .isInstanceOf(UserError.class)
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

    /** Pearson > 0.5 on a generated log (about 0.6 with seed 11); a log without structure stays below 0.45. */
    @Test
    void fittedRatingsCorrelateWithTheLogsStrengthsOnTheLoggedPairs() {
        EmbeddingEnvironment environment = fitted(StrengthMapping.SEED_EVENTS);
        ListeningLog log = ListeningLogReader.read(folder.resolve("generated.csv"), StrengthMapping.SEED_EVENTS);
        StrengthMatrix strengths = StrengthMatrix.byUser(log);
        assertThat(environment.users()).isEqualTo(log.users());
        assertThat(environment.items()).isEqualTo(log.items());
        assertThat(correlation(environment, strengths)).isGreaterThan(0.5);
    }

    @Test
    void theCorrelationComesFromTheLogsStructureNotFromOverfitting() throws IOException {
        // the same listeners, songs and events, but each row's events moved to another row at random
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(folder.resolve("generated.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        }
        List<String> events = new ArrayList<>();
        records.subList(1, records.size()).forEach(record -> events.add(record.get(record.size() - 1)));
        Collections.shuffle(events, new Random(1));
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(folder.resolve("shuffled.csv")),
                CSVFormat.DEFAULT)) {
            printer.printRecord(records.get(0).toList());
            for (int r = 1; r < records.size(); r++) {
                List<String> values = new ArrayList<>(records.get(r).toList());
                values.set(values.size() - 1, events.get(r - 1));
                printer.printRecord(values);
            }
        }
        EmbeddingEnvironment environment = (EmbeddingEnvironment) prepare(
                Map.of("catalog", "shuffled.csv", "embeddings", "fitted"), folder, StrengthMapping.SEED_EVENTS)
                .create();
        environment.reset(1);
        ListeningLog log = ListeningLogReader.read(folder.resolve("shuffled.csv"), StrengthMapping.SEED_EVENTS);
        assertThat(correlation(environment, StrengthMatrix.byUser(log))).isLessThan(0.45);
    }

    @Test
    void changingTheMappingChangesTheFittedTastes() {
        Map<String, Double> events = new LinkedHashMap<>(StrengthMapping.SEED_EVENTS.strengths());
        events.put("Listen it frequently", 5.0);
        events.put("Download", 1.0);
        events.put("Skip it frequently", -6.0);
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
        RegretTrace trace = new Trial(first, TestAgents.uniform(3, first.items()), 3)
                .run(1, EpisodeLength.of(500), 500);
        new Trial(second, TestAgents.firstCandidates(), 3).run(2, EpisodeLength.of(10), 10);
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
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
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
