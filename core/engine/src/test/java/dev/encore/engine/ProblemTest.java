package dev.encore.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.encore.engine.environment.EmbeddingSettings;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private final Problem outOfRange = Problem.ofSetting("alpha", "-1 is out of range", "a real number >= 0");

    @Test
    void aSettingOnItsOwnReadsAsAnAssignment() {
        assertThat(outOfRange.render()).isEqualTo("alpha = -1 is out of range: allowed a real number >= 0");
        assertThat(Problem.of("x.csv: no such file").render()).isEqualTo("x.csv: no such file");
    }

    @Test
    void underAPathAndPlacedInAFileItReadsWithItsLineColumnAndKeyPath() {
        Problem inSpec = outOfRange.placed(Problem.Location.of("[2]")).under("agents[0].alpha");
        assertThat(inSpec.location().path()).isEqualTo("agents[0].alpha[2]");
        assertThat(inSpec.placed(new Problem.Location("spec.yaml", 4, 32, inSpec.location().path())).render())
                .isEqualTo("spec.yaml:4:32: agents[0].alpha[2]: -1 is out of range: allowed a real number >= 0");
        assertThat(inSpec.placed(new Problem.Location("spec.yaml", 0, 0, "agents[0]")).render())
                .isEqualTo("spec.yaml: agents[0]: -1 is out of range: allowed a real number >= 0");
        assertThat(Problem.of("the whole environment").under("environment").location().path())
                .isEqualTo("environment");
    }

    @Test
    void anEnvironmentTypeRefusesASettingWithAProblemAtIt() {
        UserError error = catchThrowableOfType(UserError.class,
                () -> new EmbeddingSettings(943, 1682, 3, 4, 2, 2, "numpy"));
        assertThat(error.details()).containsExactly(
                Problem.ofSetting("visible-user", "4 is out of range", "0 to 3 (hidden)"));
        assertThat(error).hasMessage("visible-user = 4 is out of range: allowed 0 to 3 (hidden)");
    }
}
