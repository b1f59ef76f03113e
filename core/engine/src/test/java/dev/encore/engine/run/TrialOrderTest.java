package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.metrics.TrialLatencies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialOrderTest {

    private static final List<String> AGENTS = List.of("quick", "slow", "middling");

    private static List<TrialPlan> plans(int episodes) {
        return plans(episodes, 1);
    }

    /** Episode by episode, condition by condition, agent by agent, as the runner plans them. */
    private static List<TrialPlan> plans(int episodes, int conditions) {
        List<TrialPlan> plans = new ArrayList<>();
        for (int episode = 0; episode < episodes; episode++) {
            for (int condition = 0; condition < conditions; condition++) {
                for (int agent = 0; agent < AGENTS.size(); agent++) {
                    plans.add(new TrialPlan(condition, agent, AGENTS.get(agent), "first", episode, 2020 + episode,
                            agent));
                }
            }
        }
        return plans;
    }

    private static String next(TrialOrder order) {
        TrialPlan plan = order.next();
        return plan.label() + (plan.condition() == 0 ? "" : " c" + plan.condition()) + " " + plan.episode();
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

    @Test
    void anAgentInEachConditionIsMeasuredApart() {
        List<TrialPlan> plans = plans(2, 2);
        TrialOrder order = new TrialOrder(plans);
        for (int i = 0; i < 6; i++) {
            order.next();
        }
        // quick is slow where the catalog is large (condition 1), quick where it is small
        order.finished(took(plans.get(0), 10));
        order.finished(took(plans.get(1), 20));
        order.finished(took(plans.get(2), 30));
        order.finished(took(plans.get(3), 90));
        order.finished(took(plans.get(4), 40));
        order.finished(took(plans.get(5), 50));
        assertThat(next(order)).isEqualTo("quick c1 1");
        assertThat(next(order)).isEqualTo("middling c1 1");
        assertThat(next(order)).isEqualTo("slow c1 1");
        assertThat(next(order)).isEqualTo("middling 1");
    }
}
