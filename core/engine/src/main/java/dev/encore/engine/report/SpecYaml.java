package dev.encore.engine.report;

import dev.encore.engine.run.AtomicFiles;
import dev.encore.engine.run.ReportFiles;
import dev.encore.engine.run.ReportWriter;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.spec.ResolvedSpec;
import java.io.IOException;
import java.nio.file.Path;

/** {@code spec.yaml}: the resolved spec, every default filled in, enough to run the experiment again. */
public final class SpecYaml implements ReportWriter {

    @Override
    public void write(RunReport report, Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(ReportFiles.SPEC_YAML), ResolvedSpec.yaml(report.experiment()));
    }
}
