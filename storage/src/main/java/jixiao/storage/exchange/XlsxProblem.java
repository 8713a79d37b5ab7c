package jixiao.storage.exchange;

import jixiao.domain.language.Bilingual;

/**
 * Why a workbook cannot be read, thrown by the workbook's readers and reported as a problem of the
 * file: at a row and cell where there is one ({@code FILE:ROW: B}), else of the workbook as a whole.
 */
final class XlsxProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;
    private final int row;
    private final String cell;

    XlsxProblem(Bilingual explanation) {
        this(explanation, 0, "");
    }

    XlsxProblem(Bilingual explanation, int row, String cell) {
        super(explanation.en(), null, false, false);
        this.explanation = explanation;
        this.row = row;
        this.cell = cell;
    }

    /** The same problem placed at a cell, unless it already has a place. */
    XlsxProblem at(int atRow, String atCell) {
        return row == 0 ? new XlsxProblem(explanation, atRow, atCell) : this;
    }

    Bilingual explanation() {
        return explanation;
    }

    /** The row the problem is in, as Excel numbers it; 0 for the workbook as a whole. */
    int row() {
        return row;
    }

    /** The column letter of the cell, or empty. */
    String cell() {
        return cell;
    }
}
