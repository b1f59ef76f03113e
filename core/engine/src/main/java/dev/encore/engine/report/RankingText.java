package dev.encore.engine.report;

import dev.encore.engine.report.Ranking.Standing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ranking as plain text, the result a run prints when it ends: rank, agent, final regret with its 95% interval,
 * the paired difference to the best, then the notes. Its own words and signs are ASCII, so it reads the same in any
 * terminal, pipe or log.
 */
public final class RankingText {

    private RankingText() {
    }

    /** The lines of the table and its notes, each ended by {@code \n}. */
    public static String of(Ranking ranking) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rank", "agent", "final regret", "vs best (paired)"});
        for (Standing standing : ranking.standings()) {
            rows.add(new String[] {
                standing.ranked() ? ranking.rankText(standing) : "-",
                printable(standing.label()),
                Figures.estimate(standing.finalRegret(), false, "+/-", "-"),
                switch (standing.verdict()) {
                    case BEST -> "best";
                    case UNRANKED -> "unranked: " + standing.unrankedBecause();
                    default -> Figures.estimate(standing.differenceToBest(), true, "+/-", "-");
                }});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        int episodes = ranking.rankedEpisodes().length;
        StringBuilder text = new StringBuilder("Ranking by final regret, lower is better")
                .append(episodes == 0 ? "" : " (mean +/- 95% interval over " + episodes
                        + (episodes == 1 ? " episode" : " episodes") + ")").append(":\n");
        for (String[] row : rows) {
            String line = String.format(Locale.ROOT, "  %-" + widths[0] + "s  %-" + widths[1] + "s  %" + widths[2]
                    + "s  %s", (Object[]) row);
            text.append(line.stripTrailing()).append('\n');
        }
        for (String note : ranking.notes()) {
            text.append(note).append('\n');
        }
        return text.toString();
    }

    /** A label from the spec without the control characters that would move a terminal's cursor. */
    private static String printable(String label) {
        StringBuilder out = new StringBuilder(label.length());
        label.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
