package dev.encore.engine.run;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one of a run's report files into its output folder, atomically (see {@link AtomicFiles}). */
public interface ReportWriter {

    void write(RunReport report, Path folder) throws IOException;
}
