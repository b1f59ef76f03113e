package dev.encore.engine.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a report's CSV back, row by row, each row by column name. */
public final class Csv {

    /** The columns that measure speed, which vary from run to run. */
    public static final Set<String> MEASUREMENTS = Set.of("wall_time_s", "steps_per_second", "recommend_p50_ns",
            "recommend_p99_ns", "learn_p50_ns", "learn_p99_ns", "step_p50_ns", "step_p99_ns");

    private Csv() {
    }

    public static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
        }
        return rows;
    }

    /** The rows with the measured columns left out: what must not depend on threads or interruptions. */
    public static List<Map<String, String>> withoutMeasurements(Path file) throws IOException {
        List<Map<String, String>> rows = read(file);
        rows.forEach(row -> row.keySet().removeAll(MEASUREMENTS));
        return rows;
    }

    public static List<String> header(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getHeaderNames();
        }
    }
}
