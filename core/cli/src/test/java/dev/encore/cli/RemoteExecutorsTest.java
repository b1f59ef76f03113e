package dev.encore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import dev.encore.engine.run.TrialExecutor;
import dev.encore.engine.run.TrialExecutorProvider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteExecutorsTest {

    private static final TrialExecutor PLAYS_NOTHING = (experiment, plans, options, results) -> { };
    private static final TrialExecutor ALSO_PLAYS_NOTHING = (experiment, plans, options, results) -> { };

    @Test
    void theFirstProviderThatKnowsTheMasterGivesTheExecutor() {
        RemoteExecutors executors = new RemoteExecutors(List.of(provider("grid://", ALSO_PLAYS_NOTHING),
                provider("spark://", PLAYS_NOTHING)));
        assertThat(executors.forMaster("spark://host:7077")).isSameAs(PLAYS_NOTHING);
    }

    @Test
    void aMasterNoProviderKnowsIsRefusedWithTheFormsAllowed() {
        RemoteExecutors executors = new RemoteExecutors(List.of(provider("spark://", PLAYS_NOTHING)));
        assertThatThrownBy(() -> executors.forMaster("sprak://host:7077")).isInstanceOf(UserError.class)
                .hasMessage("--master sprak://host:7077 is not allowed: allowed spark://HOST:PORT");
    }

    /** Knows the masters that start with {@code prefix}. */
    private static TrialExecutorProvider provider(String prefix, TrialExecutor executor) {
        return new TrialExecutorProvider() {
            @Override
            public Optional<TrialExecutor> executor(String master) {
                return master.startsWith(prefix) ? Optional.ofNullable(executor) : Optional.empty();
            }

            @Override
            public String masters() {
                return prefix + "HOST:PORT";
            }
        };
    }
}
