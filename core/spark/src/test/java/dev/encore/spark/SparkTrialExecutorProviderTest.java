package dev.encore.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.run.RunOptions;
import dev.encore.engine.run.TrialExecutorProvider;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SparkTrialExecutorProviderTest {

    private final SparkTrialExecutorProvider provider = new SparkTrialExecutorProvider();

    @Test
    void knowsSparksMasterUrls() {
        for (String master : new String[] {"local", "local[4]", "local[*]", "local[2,3]", "spark://host:7077",
            "yarn", "k8s://https://host:443"}) {
            assertThat(provider.executor(master)).as(master).containsInstanceOf(SparkTrialExecutor.class);
        }
    }

    @Test
    void refusesWhatIsNotAMasterUrl() {
        for (String master : new String[] {"lcoal[2]", "local[0]", "local[]", "spark://", "yarn-client", "host:7077"}) {
            assertThat(provider.executor(master)).as(master).isEmpty();
        }
    }

    @Test
    void playsTrialsInTheDriversJvmOnlyInLocalModeAsManyAsItsThreads() {
        RunOptions options = new RunOptions(Path.of("out"), 3, false, RunOptions.DEFAULT_TRIAL_TIME_LIMIT);
        assertThat(trialsAtOnceHere("local", options)).isEqualTo(1);
        assertThat(trialsAtOnceHere("local[4]", options)).isEqualTo(4);
        assertThat(trialsAtOnceHere("local[2,3]", options)).isEqualTo(2);
        assertThat(trialsAtOnceHere("local[*]", options)).isEqualTo(Runtime.getRuntime().availableProcessors());
        for (String master : new String[] {"spark://host:7077", "yarn", "k8s://https://host:443"}) {
            assertThat(trialsAtOnceHere(master, options)).as(master).isZero();
        }
    }

    @Test
    void theDefaultMasterIsTheOneSparkSubmitSetsInTheDriversJvm() {
        String saved = System.getProperty(SparkTrialExecutorProvider.MASTER_PROPERTY);
        try {
            System.setProperty(SparkTrialExecutorProvider.MASTER_PROPERTY, "spark://host:7077");
            assertThat(provider.defaultMaster())
                    .contains(new TrialExecutorProvider.DefaultMaster("spark://host:7077", "spark.master"));

            System.setProperty(SparkTrialExecutorProvider.MASTER_PROPERTY, " ");
            assertThat(provider.defaultMaster()).isEmpty();

            System.clearProperty(SparkTrialExecutorProvider.MASTER_PROPERTY);
            assertThat(provider.defaultMaster()).isEmpty();
        } finally {
            if (saved == null) {
                System.clearProperty(SparkTrialExecutorProvider.MASTER_PROPERTY);
            } else {
                System.setProperty(SparkTrialExecutorProvider.MASTER_PROPERTY, saved);
            }
        }
    }

    private int trialsAtOnceHere(String master, RunOptions options) {
        return provider.executor(master).orElseThrow().trialsAtOnceHere(options);
    }
}
