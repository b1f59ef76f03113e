package dev.encore.engine.report;

import dev.encore.engine.run.AgentRow;
import dev.encore.engine.spec.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns sweeps add to every CSV file, so that a spreadsheet can pivot on them: one per swept environment
 * setting ({@code environment.items}, the condition's value) and one per swept agent parameter
 * ({@code agent.alpha}: the value of every agent that has the parameter, empty for one that has not). They come
 * right after the columns that name the agent. Without sweeps there are none, and the files keep their columns.
 */
final class SweepColumns {

    private final List<String> settings;
    private final List<String> parameters;

    private SweepColumns(List<String> settings, List<String> parameters) {
        this.settings = settings;
        this.parameters = parameters;
    }

    static SweepColumns of(Grid grid) {
        return new SweepColumns(grid.sweptSettings(), grid.sweptParameters());
    }

    /** {@code header} with the sweep columns inserted before position {@code at}. */
    String[] header(String[] header, int at) {
        List<String> columns = new ArrayList<>(List.of(header).subList(0, at));
        settings.forEach(setting -> columns.add("environment." + setting));
        parameters.forEach(parameter -> columns.add("agent." + parameter));
        columns.addAll(List.of(header).subList(at, header.length));
        return columns.toArray(String[]::new);
    }

    /** {@code cells} with the row's sweep values inserted before position {@code at}. */
    List<Object> record(AgentRow row, int at, Object... cells) {
        List<Object> record = new ArrayList<>(List.of(cells).subList(0, at));
        Map<String, Object> condition = row.environment().settings().asMap();
        settings.forEach(setting -> record.add(text(condition.get(setting))));
        Map<String, Object> agent = row.agent().parameters().asMap();
        parameters.forEach(parameter -> record.add(text(agent.get(parameter))));
        record.addAll(List.of(cells).subList(at, cells.length));
        return record;
    }

    /** A value as the spec's labels write it; empty when there is none. */
    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
