package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.metrics.TrialLatencies;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialOrderTest {

    private static final List<AgentChoice> AGENTS = List.of(
            TestExperiments.agent("quick", TestAgents.first()),
            TestExperiments.agent("slow", TestAgents.first()),
            TestExperiments.agent("middling", TestAgents.first()));

    private static List<TrialPlan> plans(int episodes) {
        List<TrialPlan> plans = new ArrayList<>();
        for (int episode = 0; episode < episodes; episode++) {
            for (int agent = 0; agent < AGENTS.size(); agent++) {
                plans.add(TrialPlan.of(2020, agent, AGENTS.get(agent), episode));
            }
        }
        return plans;
    }

    private static String next(TrialOrder order) {
        TrialPlan plan = order.next();
        return plan.label() + " " + plan.episode();
    }

    private static TrialResult took(TrialPlan plan, long millis) {
        return TrialResult.failed(plan, "", 0, millis * 1_000_000, TrialLatencies.NONE);
    }

    @Test
    void startsEpisodeByEpisodeTheAgentsThatTookLongestFirst() {
        List<TrialPlan> plans = plans(3);
        TrialOrder order = new TrialOrder(plans);
        // nothing measured: the spec's order
        assertThat(next(order)).isEqualTo("quick 0");
        assertThat(next(order)).isEqualTo("slow 0");
        order.finished(took(plans.get(0), 10));
        // middling is not measured yet: it goes before quick, whose trials are known to be short
        assertThat(next(order)).isEqualTo("middling 0");
        order.finished(took(plans.get(1), 90));
        order.finished(took(plans.get(2), 40));
        assertThat(next(order)).isEqualTo("slow 1");
        assertThat(next(order)).isEqualTo("middling 1");
        order.finished(took(plans.get(4), 10)); // slow's mean is now 50: still above middling's 40
        assertThat(next(order)).isEqualTo("quick 1");
        // an episode starts only once every trial of the one before has started
        assertThat(next(order)).isEqualTo("slow 2");
        assertThat(next(order)).isEqualTo("middling 2");
        assertThat(next(order)).isEqualTo("quick 2");
        assertThat(order.hasNext()).isFalse();
    }

    @Test
    void resumedRunsStartWhateverIsLeftOfTheEarliestEpisode() {
        List<TrialPlan> left = new ArrayList<>(plans(2));
        left.remove(0);
        TrialOrder order = new TrialOrder(left);
        assertThat(next(order)).isEqualTo("slow 0");
        assertThat(next(order)).isEqualTo("middling 0");
        assertThat(next(order)).isEqualTo("quick 1");
    }
}
