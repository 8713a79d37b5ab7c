package jixiao.app.command;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import jixiao.domain.monitoring.Light;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.scoring.Grade;
import jixiao.storage.exchange.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code jixiao list --format csv}: one row per project-year, for a spreadsheet; the stage and light come
 * last. Its text is kept from running as a formula, as in every CSV jixiao writes ({@link FormulaGuard}).
 */
final class SummaryCsv {

    private SummaryCsv() {
    }

    static String write(List<ProjectSummary> summaries) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader("id", "year", "unit", "name",
                "code", "kind", "total", "grade", "errors", "warnings", "indicators", "stage", "light").get())) {
            for (ProjectSummary summary : summaries) {
                csv.printRecord(summary.id(), summary.key().year(), FormulaGuard.neutralised(summary.key().unit()),
                        FormulaGuard.neutralised(summary.key().name()), FormulaGuard.neutralised(summary.key().code()),
                        summary.kind().name().toLowerCase(java.util.Locale.ROOT),
                        summary.total().map(BigDecimal::toPlainString).orElse(""),
                        summary.grade().map(Grade::symbol).orElse(""), summary.errors(), summary.warnings(),
                        summary.indicators(), summary.stage().key(), summary.light().map(Light::key).orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
