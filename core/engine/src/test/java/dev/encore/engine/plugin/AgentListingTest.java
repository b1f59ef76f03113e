package dev.encore.engine.plugin;

import static dev.encore.engine.plugin.AgentsForTests.EPSILON;
import static dev.encore.engine.plugin.AgentsForTests.LAMBDA;
import static dev.encore.engine.plugin.AgentsForTests.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentListingTest {

    private static final Path BASELINE = Path.of("/opt/encore/plugins/baseline.jar");

    @Test
    void listsEveryAgentByNameWithItsOriginParametersAndThenEveryFailure() {
        AgentRegistry registry = new AgentRegistry(List.of(
                loaded("random", "k distinct songs uniformly at random", BASELINE),
                loaded("epsilon-greedy", "greedy, with a random song at each position now and then", BASELINE,
                        EPSILON, LAMBDA)),
                List.of(new PluginFailure(Path.of("/opt/encore/plugins/broken.jar"),
                        "is not a jar (zip END header not found)")));

        assertThat(AgentListing.render(registry)).isEqualToNormalizingNewlines("""
                2 agents:

                epsilon-greedy
                  greedy, with a random song at each position now and then
                  from /opt/encore/plugins/baseline.jar
                  parameters:
                    epsilon  real, default 0.1, allowed a real number from 0 to 1
                             chance of a random song at each slate position
                    lambda   real, default 1.0, allowed a real number > 0
                             ridge regularisation

                random
                  k distinct songs uniformly at random
                  from /opt/encore/plugins/baseline.jar
                  parameters: none

                Plugins that failed to load (1):
                  /opt/encore/plugins/broken.jar
                    is not a jar (zip END header not found)
                """);
    }

    @Test
    void saysSoWhenNoPluginProvidesAnAgent() {
        assertThat(AgentListing.render(new AgentRegistry(List.of(), List.of())))
                .isEqualToNormalizingNewlines("No agent found: no plugin provides one.\n");
    }
}
