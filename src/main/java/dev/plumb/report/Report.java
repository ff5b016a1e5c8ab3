package dev.plumb.report;

import dev.plumb.result.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * One output format. A report only lays out what the scan found; it never re-derives, filters or
 * re-ranks findings, so every format tells the same story. The writer stays open: the caller owns it.
 */
public interface Report {

    void write(ScanResult result, Writer out) throws IOException;
}
