package dev.encore.engine.run;

import java.util.List;

/** The names of the files a run writes into its output folder. */
public final class ReportFiles {

    public static final String SUMMARY_CSV = "summary.csv";
    public static final String EPISODES_CSV = "episodes.csv";
    public static final String CURVES_CSV = "curves.csv";
    /** Speed measurements: the one file that differs between two runs of the same spec. */
    public static final String TIMINGS_CSV = "timings.csv";
    public static final String SPEC_YAML = "spec.yaml";
    public static final String REPORT_HTML = "report.html";
    /** The folder of saved trials, what a resumed run reuses. */
    public static final String TRIALS = "trials";

    /** Every report file: what {@code --fresh} deletes besides the trials. */
    public static final List<String> REPORTS = List.of(SUMMARY_CSV, EPISODES_CSV, CURVES_CSV, TIMINGS_CSV, SPEC_YAML,
            REPORT_HTML);

    private ReportFiles() {
    }
}
