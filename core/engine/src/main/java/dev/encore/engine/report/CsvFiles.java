package dev.encore.engine.report;

import dev.encore.engine.run.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a CSV file atomically with Commons CSV: RFC 4180, a header row, {@code \n} line ends, UTF-8. */
final class CsvFiles {

    /** Writes the rows. */
    @FunctionalInterface
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private CsvFiles() {
    }

    static void write(Path target, String[] header, Rows rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get();
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, format);
            rows.print(printer);
            printer.flush();
        });
    }
}
