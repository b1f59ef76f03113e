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

    @Test
    void withoutMasterARunPlaysOnTheDefaultMasterOfTheFirstProviderThatHasOne() {
        RemoteExecutors executors = new RemoteExecutors(List.of(provider("grid://", ALSO_PLAYS_NOTHING, null),
                provider("spark://", PLAYS_NOTHING, "spark://submitted:7077")));
        assertThat(executors.forRun(null)).contains(
                new RemoteExecutors.Remote(PLAYS_NOTHING, "spark://submitted:7077 (spark.master)"));
    }

    @Test
    void aMasterNamedWinsOverTheDefault() {
        RemoteExecutors executors = new RemoteExecutors(List.of(provider("grid://", ALSO_PLAYS_NOTHING, null),
                provider("spark://", PLAYS_NOTHING, "spark://submitted:7077")));
        assertThat(executors.forRun("grid://named")).contains(
                new RemoteExecutors.Remote(ALSO_PLAYS_NOTHING, "grid://named"));
    }

    @Test
    void withoutMasterOrDefaultARunPlaysHere() {
        assertThat(new RemoteExecutors(List.of(provider("spark://", PLAYS_NOTHING, null))).forRun(null)).isEmpty();
        assertThat(new RemoteExecutors(List.of()).forRun(null)).isEmpty();
    }

    @Test
    void aDefaultMasterItsProviderDoesNotKnowIsRefusedWithWhereItCameFrom() {
        RemoteExecutors executors = new RemoteExecutors(List.of(provider("spark://", PLAYS_NOTHING, "mesos://m")));
        assertThatThrownBy(() -> executors.forRun(null)).isInstanceOf(UserError.class)
                .hasMessage("the master mesos://m of spark.master is not allowed: allowed spark://HOST:PORT; or name"
                        + " one with --master");
    }

    /** Knows the masters that start with {@code prefix}. */
    private static TrialExecutorProvider provider(String prefix, TrialExecutor executor) {
        return provider(prefix, executor, null);
    }

    /** Knows the masters that start with {@code prefix}, and has {@code defaultMaster} from spark.master, if any. */
    private static TrialExecutorProvider provider(String prefix, TrialExecutor executor, String defaultMaster) {
        return new TrialExecutorProvider() {
            @Override
            public Optional<DefaultMaster> defaultMaster() {
                return Optional.ofNullable(defaultMaster).map(url -> new DefaultMaster(url, "spark.master"));
            }

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
