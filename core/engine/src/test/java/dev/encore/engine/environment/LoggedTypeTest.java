package dev.encore.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import dev.encore.engine.data.LogFixtures;
import dev.encore.engine.data.StrengthMapping;
import dev.encore.engine.params.ParameterBinder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoggedTypeTest {

    private static final EnvironmentType TYPE = EnvironmentTypes.builtIn().get("logged");

    private static EnvironmentBlueprint prepare(Map<String, Object> settings) {
        Path base = LogFixtures.path("logged.csv").getParent();
        return TYPE.prepare(ParameterBinder.bind(TYPE.parameters(), settings).orElseThrow(),
                new EnvironmentContext(base, StrengthMapping.SEED_EVENTS));
    }

    @Test
    void isBuiltInWithItsSettings() {
        assertThat(EnvironmentTypes.builtIn().names()).containsExactly("embedding", "logged");
        assertThat(TYPE.parameters()).extracting(spec -> spec.name()).containsExactly("log", "noise", "random");
    }

    @Test
    void readsTheLogRelativeToTheSpecsFolder() {
        EnvironmentBlueprint blueprint = prepare(Map.of("log", "logged.csv", "noise", 1L));
        assertThat(blueprint.users()).isEqualTo(3);
        assertThat(blueprint.items()).isEqualTo(4);
        assertThat(blueprint.featureDimension()).isEqualTo(4 + 4 + 1);
        assertThat(blueprint.warnings()).isEmpty();
        assertThat(blueprint.create()).isInstanceOf(LoggedEnvironment.class);
        assertThat(prepare(Map.of("log", "six-columns.csv", "noise", 0L)).featureDimension()).isEqualTo(2);
    }

    @Test
    void needsALogThatExistsAndAKnownGenerator() {
        assertThatThrownBy(() -> prepare(Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage("log = '' is required: the listening log to replay, a CSV path relative to the spec's "
                        + "folder, such as log: data/listening-log.csv");
        assertThatThrownBy(() -> prepare(Map.of("log", "missing.csv")))
                .isInstanceOf(UserError.class)
                .hasMessage("log = 'missing.csv': no such file: "
                        + LogFixtures.path("logged.csv").getParent().resolve("missing.csv"));
        assertThatThrownBy(() -> prepare(Map.of("log", "logged.csv", "random", "dice")))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("random = 'dice' is not a generator: allowed numpy, ");
    }

    @Test
    void aBadLogIsReportedWithItsRows() {
        Path bad = LogFixtures.path("bad-rows.csv");
        assertThatThrownBy(() -> prepare(Map.of("log", "bad-rows.csv")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problems()).hasSize(7)
                        .first().isEqualTo(bad + ": line 3, column duration: not a number: 3m20"));
    }
}
