package dev.encore.engine.report;

import dev.encore.engine.run.AgentRow;
import dev.encore.engine.run.RunReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The agents of a run ranked by final regret, each compared with the best agent episode by episode, so that a rank
 * that is only noise shows as a tie.
 *
 * <p>Episode {@code e} plays the same listeners for every agent (common random numbers), so an agent's final regret
 * minus the best agent's in the same episode is a paired difference: its mean and Student t interval say whether
 * the agent is worse than the best or cannot be told apart from it. When the interval contains 0 the agent shares
 * rank 1 with the best, shown {@code =1}. The other agents follow in order of final regret, ranked by their place.
 *
 * <p>With environment conditions (a sweep of the environment's settings), the agents are ranked within each
 * condition, where their episodes are paired, and the ranks start again at 1 in every condition.
 *
 * <p>Failed trials: an agent is never ranked on the episodes it happened to survive. The ranking uses only the
 * episodes in which every ranked agent succeeded, which keeps every comparison paired and equal in evidence. An
 * agent without a single successful episode has nothing to be ranked on: it is left unranked, and out of that rule
 * (else it would leave no episode to rank the others on).
 */
public final class Ranking {

    /** How an agent compares with the best agent. */
    public enum Verdict {
        /** the agent with the lowest mean final regret */
        BEST,
        /** the 95% interval of the paired difference to the best contains 0 */
        TIED,
        /** the 95% interval of the paired difference to the best lies above 0 */
        WORSE,
        /** one paired episode: no interval, so no verdict */
        NO_INTERVAL,
        /** not ranked: see {@link Standing#unrankedBecause()} */
        UNRANKED
    }

    /**
     * One agent's place.
     *
     * @param agentIndex the agent's position in the spec: its row in the report (see {@link RunReport#rows()})
     * @param label the agent's label
     * @param agent the agent's name
     * @param rank from 1; 0 when unranked
     * @param verdict how it compares with the best
     * @param finalRegret its final regret over the ranked episodes; over its own successful episodes when unranked
     * @param differenceToBest its final regret minus the best agent's, paired by episode; NaN when unranked
     * @param unrankedBecause why it is not ranked; empty when it is
     */
    public record Standing(int agentIndex, String label, String agent, int rank, Verdict verdict,
                           Estimate finalRegret, Estimate differenceToBest, String unrankedBecause) {

        public boolean ranked() {
            return verdict != Verdict.UNRANKED;
        }
    }

    private static final Estimate NONE = new Estimate(0, Double.NaN, Double.NaN);

    private final List<Standing> standings;
    private final int episodes;
    private final int[] rankedEpisodes;
    /** One ranking per environment condition, when there are several; empty otherwise. */
    private final List<Conditional> conditions;

    private Ranking(List<Standing> standings, int episodes, int[] rankedEpisodes) {
        this.standings = List.copyOf(standings);
        this.episodes = episodes;
        this.rankedEpisodes = rankedEpisodes;
        this.conditions = List.of();
    }

    private Ranking(List<Conditional> conditions) {
        this.standings = conditions.stream().flatMap(condition -> condition.ranking().standings.stream()).toList();
        this.episodes = conditions.get(0).ranking().episodes;
        List<int[]> ranked = conditions.stream().map(condition -> condition.ranking().rankedEpisodes).toList();
        this.rankedEpisodes = ranked.stream().allMatch(episodes -> Arrays.equals(episodes, ranked.get(0)))
                ? ranked.get(0) : new int[0];
        this.conditions = List.copyOf(conditions);
    }

    /**
     * The ranking of one environment condition.
     *
     * @param label the condition's swept settings, such as {@code items=500}
     * @param ranking its agents' ranking, their indices the report's rows
     */
    private record Conditional(String label, Ranking ranking) {
    }

    /** The ranking of a finished run: within each environment condition when there are several. */
    public static Ranking of(RunReport report) {
        List<AgentRow> rows = report.rows();
        int agents = report.experiment().agents().size();
        List<Conditional> conditions = new ArrayList<>();
        for (int first = 0; first < rows.size(); first += agents) {
            List<AgentRow> condition = rows.subList(first, first + agents);
            List<String> labels = new ArrayList<>();
            List<String> names = new ArrayList<>();
            double[][] finalRegrets = new double[agents][];
            for (int a = 0; a < agents; a++) {
                labels.add(condition.get(a).title());
                names.add(condition.get(a).agentName());
                finalRegrets[a] = condition.get(a).results().stream()
                        .mapToDouble(result -> result.isOk() ? result.finalRegret() : Double.NaN).toArray();
            }
            conditions.add(new Conditional(condition.get(0).environment().label(),
                    of(labels, names, finalRegrets).from(first)));
        }
        return conditions.size() == 1 ? conditions.get(0).ranking() : new Ranking(conditions);
    }

    /** This ranking with every agent index moved by {@code offset}: a condition's place among the rows. */
    private Ranking from(int offset) {
        return new Ranking(standings.stream().map(s -> new Standing(s.agentIndex() + offset, s.label(), s.agent(),
                s.rank(), s.verdict(), s.finalRegret(), s.differenceToBest(), s.unrankedBecause())).toList(),
                episodes, rankedEpisodes);
    }

    /**
     * @param finalRegrets per agent, per episode: the trial's final regret, NaN when it failed
     */
    static Ranking of(List<String> labels, List<String> names, double[][] finalRegrets) {
        int agents = labels.size();
        int episodes = agents == 0 ? 0 : finalRegrets[0].length;
        List<Integer> rankable = IntStream.range(0, agents)
                .filter(a -> IntStream.range(0, episodes).anyMatch(e -> !Double.isNaN(finalRegrets[a][e])))
                .boxed().toList();
        int[] shared = rankable.isEmpty() ? new int[0] : IntStream.range(0, episodes)
                .filter(e -> rankable.stream().noneMatch(a -> Double.isNaN(finalRegrets[a][e]))).toArray();

        List<Standing> standings = new ArrayList<>();
        if (shared.length > 0) {
            standings.addAll(ranked(labels, names, finalRegrets, rankable, shared));
        }
        List<Standing> unranked = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            if (!rankable.contains(a) || shared.length == 0) {
                double[] own = Arrays.stream(finalRegrets[a]).filter(v -> !Double.isNaN(v)).toArray();
                String why = own.length == 0 ? "no successful episode"
                        : "no episode in which every agent succeeded";
                unranked.add(new Standing(a, labels.get(a), names.get(a), 0, Verdict.UNRANKED,
                        Statistics.tInterval(own), NONE, why));
            }
        }
        // those with a successful episode by their mean, then those without
        unranked.sort(Comparator.comparingDouble((Standing s) -> Double.isNaN(s.finalRegret().mean())
                ? Double.POSITIVE_INFINITY : s.finalRegret().mean()));
        standings.addAll(unranked);
        return new Ranking(standings, episodes, shared);
    }

    /** The {@code rankable} agents compared with the best over the {@code shared} episodes, in rank order. */
    private static List<Standing> ranked(List<String> labels, List<String> names, double[][] finalRegrets,
                                         List<Integer> rankable, int[] shared) {
        double[][] values = new double[labels.size()][];
        Estimate[] regret = new Estimate[labels.size()];
        for (int a : rankable) {
            values[a] = IntStream.of(shared).mapToDouble(e -> finalRegrets[a][e]).toArray();
            regret[a] = Statistics.tInterval(values[a]);
        }
        int best = rankable.stream().min(Comparator.comparingDouble(a -> regret[a].mean())).orElseThrow();
        List<Standing> compared = new ArrayList<>();
        for (int a : rankable) {
            Estimate difference = Statistics.pairedDifference(values[a], values[best]);
            Verdict verdict = a == best ? Verdict.BEST
                    : Double.isNaN(difference.halfWidth()) ? Verdict.NO_INTERVAL
                    : difference.contains(0) ? Verdict.TIED : Verdict.WORSE;
            compared.add(new Standing(a, labels.get(a), names.get(a), 0, verdict, regret[a], difference, ""));
        }
        // the best and its ties first, then by mean final regret; the spec's order between equals
        compared.sort(Comparator.comparingInt((Standing s) -> firstGroup(s.verdict()) ? 0 : 1)
                .thenComparingDouble(s -> s.finalRegret().mean()));
        List<Standing> ranked = new ArrayList<>();
        for (int place = 0; place < compared.size(); place++) {
            Standing s = compared.get(place);
            ranked.add(new Standing(s.agentIndex(), s.label(), s.agent(), firstGroup(s.verdict()) ? 1 : place + 1,
                    s.verdict(), s.finalRegret(), s.differenceToBest(), ""));
        }
        return ranked;
    }

    private static boolean firstGroup(Verdict verdict) {
        return verdict == Verdict.BEST || verdict == Verdict.TIED;
    }

    /** Every agent: ranked ones in rank order, then the unranked. */
    public List<Standing> standings() {
        return standings;
    }

    /** The standing of the agent at {@code agentIndex} in the spec. */
    public Standing of(int agentIndex) {
        return standings.stream().filter(s -> s.agentIndex() == agentIndex).findFirst().orElseThrow();
    }

    /** The episodes the ranking is over: those in which every ranked agent succeeded. */
    public int[] rankedEpisodes() {
        return rankedEpisodes.clone();
    }

    /** Whether some agent shares rank 1 with the best. */
    public boolean hasTies() {
        return standings.stream().anyMatch(s -> s.verdict() == Verdict.TIED);
    }

    /**
     * Whether the agent shares rank 1: tied with the best, or the best when some agent (of its condition) is tied
     * with it.
     */
    public boolean sharesRankOne(Standing standing) {
        if (!conditions.isEmpty()) {
            return conditionOf(standing).ranking().sharesRankOne(standing);
        }
        return standing.verdict() == Verdict.TIED || standing.verdict() == Verdict.BEST && hasTies();
    }

    private Conditional conditionOf(Standing standing) {
        return conditions.stream().filter(condition -> condition.ranking().standings.contains(standing))
                .findFirst().orElseThrow();
    }

    /** The rank as people read it: {@code =1} for the best and its ties when it has some, blank when unranked. */
    public String rankText(Standing standing) {
        return !standing.ranked() ? "" : sharesRankOne(standing) ? "=1" : Integer.toString(standing.rank());
    }

    /** What a reader must know to read the ranking right: which episodes it is over, what a tie means. */
    public List<String> notes() {
        if (!conditions.isEmpty()) {
            List<String> notes = new ArrayList<>(List.of("Agents are ranked within each environment condition,"
                    + " where their episodes are paired: the ranks start again at 1 in every condition."));
            for (Conditional condition : conditions) {
                condition.ranking().notes().forEach(note -> notes.add(condition.label() + ": " + note));
            }
            return notes;
        }
        List<String> notes = new ArrayList<>();
        boolean anyRanked = standings.stream().anyMatch(Standing::ranked);
        if (!anyRanked && !standings.isEmpty()) {
            notes.add("Nothing is ranked: " + (standings.stream().allMatch(s -> s.finalRegret().count() == 0)
                    ? "no agent has a successful episode." : "no episode was finished by every agent that finished "
                    + "one, so no comparison can be paired."));
        }
        if (anyRanked && rankedEpisodes.length < episodes) {
            notes.add(String.format(Locale.ROOT, "Ranked on the %d of %d episodes in which every ranked agent "
                    + "succeeded (%s), so that every comparison is paired; an agent is never ranked on the episodes "
                    + "it happened to survive.", rankedEpisodes.length, episodes, episodeList(rankedEpisodes)));
        }
        if (hasTies()) {
            notes.add("=1: the 95% interval of the paired difference to the best contains 0, so the difference is "
                    + "within the noise of these episodes: a statistical tie with the best.");
        }
        if (anyRanked && rankedEpisodes.length == 1) {
            notes.add("One episode gives no confidence interval: the ranks are by final regret alone and may be "
                    + "noise. Run more episodes to compare.");
        }
        return notes;
    }

    /** {@code episodes 0, 2, 4}: the first 12, then an ellipsis. */
    static String episodeList(int[] episodes) {
        String list = IntStream.of(episodes).limit(12).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        return (episodes.length == 1 ? "episode " : "episodes ") + list + (episodes.length > 12 ? ", ..." : "");
    }
}
