package dev.encore.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.encore.engine.report.Ranking.Standing;
import dev.encore.engine.report.Ranking.Verdict;
import java.util.List;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final double NAN = Double.NaN;
    private static final double[] BEST = {100, 200, 150, 120, 180};

    @Test
    void anAgentWithinTheNoiseOfTheBestSharesRankOneAndAClearlyWorseOneDoesNot() {
        double[] close = plus(BEST, 10, -8, 12, -6, 4);
        double[] worse = plus(BEST, 52, 49, 51, 48, 50);

        Ranking ranking = rank(List.of("worse", "close", "best"), worse, close, BEST);

        assertThat(ranking.standings()).extracting(Standing::label).containsExactly("best", "close", "worse");
        assertThat(ranking.standings()).extracting(Standing::verdict)
                .containsExactly(Verdict.BEST, Verdict.TIED, Verdict.WORSE);
        assertThat(ranking.standings()).extracting(ranking::rankText).containsExactly("=1", "=1", "3");
        assertThat(ranking.standings()).extracting(Standing::rank).containsExactly(1, 1, 3);
        assertThat(ranking.hasTies()).isTrue();
        assertThat(ranking.notes()).containsExactly("=1: the 95% interval of the paired difference to the best "
                + "contains 0, so the difference is within the noise of these episodes: a statistical tie with the "
                + "best.");
        // the tie is what Commons Math's paired t test says too: not significant at 5%, the worse one is
        TTest test = new TTest();
        assertThat(test.pairedTTest(close, BEST)).isGreaterThan(0.05);
        assertThat(test.pairedTTest(worse, BEST)).isLessThan(0.05);
    }

    @Test
    void theDifferenceToTheBestIsTheStudentTIntervalOfThePairedDifferences() {
        double[] other = plus(BEST, 10, -8, 12, -6, 4);

        Estimate difference = rank(List.of("best", "other"), BEST, other).of(1).differenceToBest();

        double[] d = {10, -8, 12, -6, 4};
        double mean = (10 - 8 + 12 - 6 + 4) / 5.0;
        double variance = 0;
        for (double v : d) {
            variance += (v - mean) * (v - mean) / (d.length - 1);
        }
        // Student t, 4 degrees of freedom, 0.975
        double halfWidth = 2.7764451051977987 * Math.sqrt(variance) / Math.sqrt(d.length);
        assertThat(difference.count()).isEqualTo(5);
        assertThat(difference.mean()).isCloseTo(mean, within(1e-12));
        assertThat(difference.halfWidth()).isCloseTo(halfWidth, within(1e-9));
        assertThat(Statistics.pairedDifference(other, BEST)).isEqualTo(difference);
    }

    @Test
    void pairingSeparatesAgentsWhoseOwnIntervalsOverlap() {
        // the episodes differ far more than the agents do: apart, the two intervals overlap; paired, 5 +- 0.7
        double[] slightlyWorse = plus(BEST, 5, 6, 5, 6, 4);
        Ranking ranking = rank(List.of("best", "slightly worse"), BEST, slightlyWorse);

        Standing worse = ranking.of(1);
        assertThat(worse.finalRegret().low()).isLessThan(ranking.of(0).finalRegret().high());
        assertThat(worse.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(ranking.rankText(worse)).isEqualTo("2");
        assertThat(ranking.rankText(ranking.of(0))).isEqualTo("1");
        assertThat(ranking.notes()).isEmpty();
    }

    @Test
    void tiesWithTheBestComeBeforeWorseAgentsEvenWithAHigherMean() {
        double[] significantlyWorse = plus(BEST, 5, 6, 5, 6, 5);
        double[] noisy = plus(BEST, 60, -40, 50, -45, 30);

        Ranking ranking = rank(List.of("best", "significantly worse", "noisy"), BEST, significantlyWorse, noisy);

        assertThat(ranking.of(2).finalRegret().mean()).isGreaterThan(ranking.of(1).finalRegret().mean());
        assertThat(ranking.standings()).extracting(Standing::label)
                .containsExactly("best", "noisy", "significantly worse");
        assertThat(ranking.standings()).extracting(ranking::rankText).containsExactly("=1", "=1", "3");
    }

    @Test
    void failedTrialsLeaveTheirEpisodeOutOfTheRankingForEveryAgent() {
        Ranking ranking = rank(List.of("flaky", "steady", "broken"),
                new double[] {10, 20, NAN, 40},
                new double[] {12, 22, 31, 42},
                new double[] {NAN, NAN, NAN, NAN});

        assertThat(ranking.rankedEpisodes()).containsExactly(0, 1, 3);
        Standing steady = ranking.of(1);
        // over episodes 0, 1 and 3 only, though steady finished episode 2 too
        assertThat(steady.finalRegret().count()).isEqualTo(3);
        assertThat(steady.finalRegret().mean()).isCloseTo((12 + 22 + 42) / 3.0, within(1e-12));
        assertThat(steady.differenceToBest().mean()).isCloseTo(2, within(1e-12));
        assertThat(steady.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(ranking.standings()).extracting(Standing::label).containsExactly("flaky", "steady", "broken");
        assertThat(ranking.standings()).extracting(ranking::rankText).containsExactly("1", "2", "");
        Standing broken = ranking.of(2);
        assertThat(broken.ranked()).isFalse();
        assertThat(broken.unrankedBecause()).isEqualTo("no successful episode");
        assertThat(broken.rank()).isZero();
        assertThat(ranking.notes()).containsExactly("Ranked on the 3 of 4 episodes in which every ranked agent "
                + "succeeded (episodes 0, 1, 3), so that every comparison is paired; an agent is never ranked on the "
                + "episodes it happened to survive.");
    }

    @Test
    void withoutAnEpisodeEveryAgentFinishedNobodyIsRanked() {
        Ranking ranking = rank(List.of("a", "b"), new double[] {1, NAN}, new double[] {NAN, 2});

        assertThat(ranking.standings()).allSatisfy(standing -> {
            assertThat(standing.ranked()).isFalse();
            assertThat(standing.unrankedBecause()).isEqualTo("no episode in which every agent succeeded");
        });
        // by their own mean still, for the table
        assertThat(ranking.standings()).extracting(Standing::label).containsExactly("a", "b");
        assertThat(ranking.notes()).containsExactly("Nothing is ranked: no episode was finished by every agent that "
                + "finished one, so no comparison can be paired.");
    }

    @Test
    void withoutASuccessfulTrialNobodyIsRankedAndTheTextSaysWhy() {
        Ranking ranking = rank(List.of("a", "b"), new double[] {NAN, NAN}, new double[] {NAN, NAN});

        assertThat(ranking.rankedEpisodes()).isEmpty();
        assertThat(RankingText.of(ranking)).isEqualTo("""
                Ranking by final regret, lower is better:
                  rank  agent  final regret  vs best (paired)
                  -     a                 -  unranked: no successful episode
                  -     b                 -  unranked: no successful episode
                Nothing is ranked: no agent has a successful episode.
                """);
    }

    @Test
    void oneEpisodeRanksByMeanAloneAndSaysSo() {
        Ranking ranking = rank(List.of("a", "b"), new double[] {7}, new double[] {5});

        assertThat(ranking.standings()).extracting(Standing::label).containsExactly("b", "a");
        assertThat(ranking.standings()).extracting(Standing::verdict)
                .containsExactly(Verdict.BEST, Verdict.NO_INTERVAL);
        assertThat(ranking.standings()).extracting(ranking::rankText).containsExactly("1", "2");
        assertThat(ranking.notes()).containsExactly("One episode gives no confidence interval: the ranks are by "
                + "final regret alone and may be noise. Run more episodes to compare.");
    }

    @Test
    void identicalAgentsAreTied() {
        Ranking ranking = rank(List.of("a", "twin"), BEST, BEST.clone());
        assertThat(ranking.of(1).verdict()).isEqualTo(Verdict.TIED);
        assertThat(ranking.of(1).differenceToBest().halfWidth()).isZero();
    }

    @Test
    void theTextTableAlignsItsColumnsAndEndsWithItsNotes() {
        Ranking ranking = rank(List.of("best", "close", "worse\u001b[2J", "broken"), new double[] {1000, 2000, 1500},
                new double[] {1010, 1990, 1512}, new double[] {1100, 2100, 1600}, new double[] {NAN, NAN, NAN});

        assertThat(RankingText.of(ranking)).isEqualTo("""
                Ranking by final regret, lower is better (mean +/- 95% interval over 3 episodes):
                  rank  agent             final regret  vs best (paired)
                  =1    best       1,500.0 +/- 1,242.1  best
                  =1    close      1,504.0 +/- 1,217.3  +4.0 +/- 30.2
                  3     worse?[2J  1,600.0 +/- 1,242.1  +100.0 +/- 0.0
                  -     broken                       -  unranked: no successful episode
                =1: the 95% interval of the paired difference to the best contains 0, so the difference is within \
                the noise of these episodes: a statistical tie with the best.
                """);
    }

    private static Ranking rank(List<String> labels, double[]... finalRegrets) {
        return Ranking.of(labels, labels.stream().map(label -> "agent").toList(), finalRegrets);
    }

    private static double[] plus(double[] values, double... differences) {
        double[] sum = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            sum[i] = values[i] + differences[i];
        }
        return sum;
    }
}
