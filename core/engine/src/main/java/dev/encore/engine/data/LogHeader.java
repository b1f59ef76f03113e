package dev.encore.engine.data;

import dev.encore.engine.UserError;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the columns of a listening log are, found by name in its header. The three shapes of the seed's data are
 * recognised: 6 columns ({@code user_id, item_id, listening_time_in_scale_0-5, title, duration, event_type}), 9
 * columns (adding {@code loudness, tempo, key}), and either of them with events written as a Python list and an
 * extra {@code event_strength} column (the seed's dataframe after its preprocessing). A leading unnamed column (the
 * index pandas writes) is allowed. The log's own {@code event_strength} is not read: the experiment's mapping
 * decides every strength.
 *
 * @param names the header's column names, in file order
 * @param user the {@code user_id} column's position
 * @param item the {@code item_id} column's position
 * @param listeningTime the {@code listening_time_in_scale_0-5} column's position: checked to be a number
 * @param events the {@code event_type} column's position
 * @param songColumns positions of the numeric song columns: {@code duration}, then {@code loudness}, {@code tempo},
 *     {@code key} where present
 * @param syntax how events are written: a Python list when the header has {@code event_strength}
 */
record LogHeader(List<String> names, int user, int item, int listeningTime, int events, int[] songColumns,
                 EventSyntax syntax) {

    static final String USER = "user_id";
    static final String ITEM = "item_id";
    static final String LISTENING_TIME = "listening_time_in_scale_0-5";
    static final String TITLE = "title";
    static final String DURATION = "duration";
    static final String LOUDNESS = "loudness";
    static final String TEMPO = "tempo";
    static final String KEY = "key";
    static final String EVENT_TYPE = "event_type";
    static final String EVENT_STRENGTH = "event_strength";

    /** The 6-column shape's header, as the seed writes it. */
    static final List<String> SIX_COLUMNS = List.of(USER, ITEM, LISTENING_TIME, TITLE, DURATION, EVENT_TYPE);

    /** The 9-column shape's header, as the seed writes it. */
    static final List<String> NINE_COLUMNS =
            List.of(USER, ITEM, LISTENING_TIME, TITLE, DURATION, LOUDNESS, TEMPO, KEY, EVENT_TYPE);

    private static final List<String> REQUIRED = SIX_COLUMNS;
    private static final List<String> OPTIONAL_SONG_COLUMNS = List.of(LOUDNESS, TEMPO, KEY);

    /** The number of values every row must have. */
    int width() {
        return names.size();
    }

    /** The names of the numeric song columns, in the order the log stores them. */
    List<String> songColumnNames() {
        List<String> result = new ArrayList<>(songColumns.length);
        for (int column : songColumns) {
            result.add(names.get(column));
        }
        return result;
    }

    /**
     * Finds the columns of a header.
     *
     * @param file the log, as it is named in messages
     * @throws UserError naming the columns missing or not expected, and the shapes allowed
     */
    static LogHeader of(String file, List<String> header) {
        List<String> names = new ArrayList<>(header);
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!names.contains(name)) {
                missing.add(name);
            }
        }
        List<String> unexpected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean known = REQUIRED.contains(name) || OPTIONAL_SONG_COLUMNS.contains(name)
                    || name.equals(EVENT_STRENGTH) || (i == 0 && name.isEmpty());
            if (!known || seen.contains(name)) {
                unexpected.add(name.isEmpty() ? "an unnamed column" : known ? name + " (twice)" : name);
            }
            seen.add(name);
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            List<String> found = new ArrayList<>();
            if (!missing.isEmpty()) {
                found.add("missing " + String.join(", ", missing));
            }
            if (!unexpected.isEmpty()) {
                found.add("not expected " + String.join(", ", unexpected));
            }
            throw new UserError(file + ": line 1: not a listening log's header (" + String.join("; ", found)
                    + "): expected " + String.join(",", SIX_COLUMNS) + " or " + String.join(",", NINE_COLUMNS)
                    + ", either followed by " + EVENT_STRENGTH + " when events are Python lists");
        }
        List<Integer> songColumns = new ArrayList<>();
        songColumns.add(names.indexOf(DURATION));
        for (String name : OPTIONAL_SONG_COLUMNS) {
            if (names.contains(name)) {
                songColumns.add(names.indexOf(name));
            }
        }
        EventSyntax syntax = names.contains(EVENT_STRENGTH) ? EventSyntax.PYTHON_LIST : EventSyntax.QUOTED_RUNS;
        return new LogHeader(List.copyOf(names), names.indexOf(USER), names.indexOf(ITEM),
                names.indexOf(LISTENING_TIME), names.indexOf(EVENT_TYPE),
                songColumns.stream().mapToInt(Integer::intValue).toArray(), syntax);
    }
}
