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

    /** Where a problem of a cell's content goes before the cell is known: placed by {@link #at}. */
    private static final int UNPLACED = -1;

    XlsxProblem(Bilingual explanation) {
        this(explanation, 0, "");
    }

    /** A problem with a cell's content, found where the cell is not known; {@link #at} places it. */
    static XlsxProblem ofCell(Bilingual explanation) {
        return new XlsxProblem(explanation, UNPLACED, "");
    }

    XlsxProblem(Bilingual explanation, int row, String cell) {
        super(explanation.en(), null, false, false);
        this.explanation = explanation;
        this.row = row;
        this.cell = cell;
    }

    /** The problem placed at a cell, if it is about a cell's content and not yet placed. */
    XlsxProblem at(int atRow, String atCell) {
        return row == UNPLACED ? new XlsxProblem(explanation, atRow, atCell) : this;
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
