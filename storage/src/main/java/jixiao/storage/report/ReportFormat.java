package jixiao.storage.report;

import java.util.Locale;

/** The report formats: a workbook to file, a page to print from a browser, text for the terminal. */
public enum ReportFormat {
    XLSX, HTML, TEXT;

    /** The usual file extension, without the dot. */
    public String extension() {
        return this == TEXT ? "txt" : name().toLowerCase(Locale.ROOT);
    }
}
