package dev.encore.engine.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How one agent is drawn in every chart and swatch: a colour and a dash pattern. Ten colours (Tableau 10, distinct
 * for people with the common forms of colour blindness) times three patterns give 30 styles before one repeats: the
 * first ten agents solid, the next ten dashed, then dotted.
 *
 * @param colour a CSS colour, {@code #rrggbb}
 * @param dash the dash pattern in pixels, on then off; empty for a solid line
 */
record SeriesStyle(String colour, List<Integer> dash) {

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    private static final List<List<Integer>> DASHES = List.of(List.of(), List.of(10, 5), List.of(2, 4));

    /** The style of the agent at {@code agentIndex} in the spec. */
    static SeriesStyle of(int agentIndex) {
        return new SeriesStyle(COLOURS[agentIndex % COLOURS.length],
                DASHES.get(agentIndex / COLOURS.length % DASHES.size()));
    }

    /** How many agents get a style of their own. */
    static int distinct() {
        return COLOURS.length * DASHES.size();
    }

    /** The pattern as an SVG {@code stroke-dasharray}; null for a solid line (the attribute is then left out). */
    String dashArray() {
        return dash.isEmpty() ? null : dash.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
