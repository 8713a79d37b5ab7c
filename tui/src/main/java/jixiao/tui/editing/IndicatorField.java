package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;

/** One cell of the indicator table: a column of the indicator at {@code index}. */
public record IndicatorField(int index, IndicatorColumn column) implements Field {

    @Override
    public Bilingual label(FormKind form) {
        return column.label(form);
    }

    @Override
    public boolean isMultiLine() {
        return column.isMultiLine();
    }

    @Override
    public String read(Project project) {
        return column.read(project.indicators().get(index));
    }

    @Override
    public Project write(Project project, String text) throws InvalidEntry {
        return project.withIndicator(index, column.write(project.indicators().get(index), text));
    }
}
