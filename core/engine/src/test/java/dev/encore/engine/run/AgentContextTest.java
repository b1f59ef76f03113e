package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.FeatureRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an agent learns of the problem when it is created for a trial. */
class AgentContextTest {

    @TempDir
    Path temp;

    /** Remembers every context it is created with, and plays the first candidates. */
    private static final class Recording implements AgentFactory {

        final Queue<AgentContext> contexts = new ConcurrentLinkedQueue<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public String description() {
            return "remembers its contexts";
        }

        @Override
        public Agent create(AgentContext context) {
            contexts.add(context);
            return TestAgents.firstCandidates();
        }
    }

    private List<AgentContext> contextsOfARun(long steps) {
        Recording recording = new Recording();
        var experiment = TestExperiments.experiment("contexts", 3, 2, steps, 5,
                List.of(TestExperiments.agent("recording", recording)));
        Guice.createInjector(new EncoreModule()).getInstance(ExperimentRunner.class)
                .run(experiment, new RunOptions(temp.resolve("out-" + steps), 1, false), ProgressListener.NONE);
        return List.copyOf(recording.contexts);
    }

    @Test
    void everyTrialsAgentKnowsTheListenersTheFeatureLayoutAndTheHorizon() {
        List<AgentContext> contexts = contextsOfARun(120);
        // one creation to check the agent before any trial, then one per episode
        assertThat(contexts).hasSize(3);
        for (AgentContext context : contexts) {
            assertThat(context.users()).isEqualTo(50);
            assertThat(context.catalogSize()).isEqualTo(80);
            assertThat(context.horizon()).hasValue(120);
            assertThat(context.featureDimension()).isEqualTo(6);
            assertThat(context.featureLayout().columns(FeatureRole.LISTENER)).containsExactly(0, 1);
            assertThat(context.featureLayout().columns(FeatureRole.SONG)).containsExactly(2, 3);
            assertThat(context.featureLayout().columns(FeatureRole.CONTEXT)).containsExactly(4, 5);
            assertThat(context.featureLayout().name(0)).isEqualTo("listener-taste-1");
        }
    }

    @Test
    void theHorizonIsCutToTheStepsTheCatalogLasts() {
        // 50 listeners x 80 songs at slate 3: 50 x 27 = 1,350 steps at most
        assertThat(contextsOfARun(1_000_000)).allSatisfy(context -> assertThat(context.horizon()).hasValue(1_350));
    }
}
