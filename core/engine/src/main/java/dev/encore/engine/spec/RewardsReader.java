package dev.encore.engine.spec;

import dev.encore.engine.data.StrengthMapping;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code rewards:} (named or inline): {@code events:}, each listening event's strength, and
 * {@code unknown-events: error | zero}.
 */
final class RewardsReader {

    private static final String EVENTS = "events";
    private static final String UNKNOWN_EVENTS = "unknown-events";

    private RewardsReader() {
    }

    /** The mapping, or empty when anything is wrong (each problem added). */
    static Optional<RewardsSpec> read(SpecNode node, Path base, Problems problems) {
        Optional<SpecNode> part = NamedPart.resolve(node, base, "rewards", problems);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        SpecNode map = part.get();
        if (!map.isMap()) {
            problems.at(map, map.describe() + " has the wrong type: allowed the name of a file in rewards/"
                    + " or a map with events: and unknown-events:");
            return Optional.empty();
        }
        int before = problems.count();
        Map<String, SpecNode> fields = map.fields(List.of(EVENTS, UNKNOWN_EVENTS), problems);
        Map<String, Double> strengths = new LinkedHashMap<>();
        SpecNode events = fields.get(EVENTS);
        if (events == null) {
            problems.at(map.at(map.child(EVENTS)), "missing: allowed a map of event name to strength");
        } else {
            readEvents(events, strengths, problems);
        }
        StrengthMapping.UnknownEvents unknown = unknownEvents(fields.get(UNKNOWN_EVENTS), problems);
        return problems.count() == before
                ? Optional.of(RewardsSpec.of(new StrengthMapping(strengths, unknown))) : Optional.empty();
    }

    private static void readEvents(SpecNode events, Map<String, Double> strengths, Problems problems) {
        if (!events.isMap() || events.entries().isEmpty()) {
            problems.at(events, (events.isMap() ? "an empty map" : events.describe())
                    + " is not allowed: allowed a map of event name to strength, such as {Like: 1}");
            return;
        }
        for (SpecNode.Entry entry : events.entries()) {
            SpecNode value = entry.value();
            if (value.isScalar() && value.value() instanceof Number number
                    && Double.isFinite(number.doubleValue())) {
                strengths.put(entry.key(), number.doubleValue());
            } else {
                problems.at(value, value.describe() + " has the wrong type: allowed a number");
            }
        }
    }

    private static StrengthMapping.UnknownEvents unknownEvents(SpecNode node, Problems problems) {
        if (node == null) {
            return StrengthMapping.UnknownEvents.ERROR;
        }
        if (node.isScalar() && node.value() instanceof String text) {
            for (StrengthMapping.UnknownEvents choice : StrengthMapping.UnknownEvents.values()) {
                if (choice.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return choice;
                }
            }
        }
        problems.at(node, node.describe() + " is not allowed: allowed error or zero");
        return StrengthMapping.UnknownEvents.ERROR;
    }
}
