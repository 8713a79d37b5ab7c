package jixiao.storage.exchange;

/**
 * How much an exchange file may hold, in one home. Every reader checks these while it reads, not
 * after, so that any file, however made, is accepted or refused within seconds and in bounded
 * memory; {@code docs/exchange.md} lists them for users. The numbers of a cell have their own
 * limits, the domain's ({@link jixiao.domain.project.Amounts#MAX_INTEGER_DIGITS}).
 *
 * @param cellChars        characters in one cell or JSON text: Excel's own limit for a cell
 * @param rowChars         characters in one CSV row, quoted line breaks included
 * @param rows             rows of a CSV file or worksheet, or indicators of a JSON file
 * @param indicators       indicators of one project: a real form has tens
 * @param projectChars     characters of all the text of one project, which is held whole while it is read
 * @param projectValues    values (texts, numbers, objects, arrays) of one JSON project
 * @param nesting          how deep JSON arrays and objects may nest
 * @param workbookBytes    the size of an XLSX file
 * @param partBytes        the inflated size of one part of a workbook (the sheet, its shared strings)
 * @param inflation        how many times larger than compressed a part may inflate, beyond its first MiB
 * @param markupBytes      the length of one XML tag, comment or CDATA section in a workbook
 * @param sharedStrings    how many shared strings a workbook may have
 * @param sharedStringChars characters of all shared strings together
 * @param problems         problems listed per file; the rest are counted
 */
public record Limits(int cellChars, int rowChars, long rows, int indicators, int projectChars, int projectValues,
        int nesting, long workbookBytes, long partBytes, int inflation, int markupBytes, int sharedStrings,
        long sharedStringChars, int problems) {

    private static final int MIB = 1024 * 1024;

    /** The limits of every import. */
    public static final Limits DEFAULT = new Limits(32_767, 2 * MIB, 2_000_000, 10_000, 8 * MIB, 500_000,
            16, 256L * MIB, 1024L * MIB, 100, MIB, 2_000_000, 64L * MIB, 1_000);

    /** Characters of a JSON number: the longest a number within the domain's digits can be, and room to spare. */
    static final int NUMBER_CHARS = 64;
}
