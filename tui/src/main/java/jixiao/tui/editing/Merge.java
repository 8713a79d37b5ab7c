package jixiao.tui.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.tui.words.Words;

/**
 * A draft saved over what someone else saved meanwhile, field by field: each field keeps whichever
 * side changed it since the draft was opened ({@code base}), so that saving never reverts a field
 * the person at this screen never touched. A field both sides changed, to different values, is a
 * clash: the person is shown which, and mine wins only there, and only when they say so.
 * Indicators merge cell by cell while both sides have the same rows; rows added or removed on both
 * sides are one clash, the whole table. (The printed figures are not typed here: theirs stand.)
 */
public record Merge(Project merged, List<Bilingual> clashes) {

    public Merge {
        Objects.requireNonNull(merged, "merged");
        clashes = List.copyOf(clashes);
    }

    public static Merge of(Project base, Project mine, Project theirs) {
        FormKind form = base.kind();
        List<Field> fields = new ArrayList<>(List.of(ProjectField.values()));
        for (FundingSource source : FundingSource.values()) {
            for (FundingColumn column : FundingColumn.values()) {
                fields.add(new FundingField(source, column));
            }
        }
        List<Bilingual> clashes = new ArrayList<>();
        Project merged = theirs;
        for (Field field : fields) {
            merged = take(field, form, base, mine, theirs, merged, clashes);
        }
        if (!mine.indicators().equals(base.indicators())) {
            merged = indicators(form, base, mine, theirs, merged, clashes);
        }
        return new Merge(merged, clashes);
    }

    private static Project indicators(FormKind form, Project base, Project mine, Project theirs, Project merged,
            List<Bilingual> clashes) {
        if (theirs.indicators().equals(base.indicators())) {
            return merged.withIndicators(mine.indicators());
        }
        int rows = base.indicators().size();
        if (mine.indicators().size() != rows || theirs.indicators().size() != rows) {
            clashes.add(Words.INDICATOR_ROWS);
            return merged.withIndicators(mine.indicators());
        }
        Project cells = merged;
        for (int row = 0; row < rows; row++) {
            for (IndicatorColumn column : IndicatorColumn.values()) {
                cells = take(new IndicatorField(row, column), form, base, mine, theirs, cells, clashes);
            }
        }
        return cells;
    }

    /** The field as mine has it where only mine changed it, or where both did (a clash, mine kept). */
    private static Project take(Field field, FormKind form, Project base, Project mine, Project theirs, Project merged,
            List<Bilingual> clashes) {
        String was = field.read(base);
        String mineNow = field.read(mine);
        if (mineNow.equals(was)) {
            return merged;
        }
        String theirsNow = field.read(theirs);
        if (!theirsNow.equals(was) && !theirsNow.equals(mineNow)) {
            clashes.add(label(field, form));
        }
        try {
            return field.write(merged, mineNow);
        } catch (InvalidEntry e) {
            // What mine holds was accepted once; if the merged form refuses it, theirs stands.
            clashes.add(label(field, form));
            return merged;
        }
    }

    private static Bilingual label(Field field, FormKind form) {
        if (field instanceof IndicatorField cell) {
            return Words.format(Words.ROW_AND_COLUMN, Bilingual.same(Integer.toString(cell.index() + 1)), cell.label(form));
        }
        return field.label(form);
    }
}
