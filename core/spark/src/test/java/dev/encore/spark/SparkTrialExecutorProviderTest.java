package dev.encore.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
}
