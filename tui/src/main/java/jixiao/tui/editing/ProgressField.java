package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.MonitoringReturn;

/** One cell of an indicator's row on a monitoring return: the row (from 0) and the column. */
public record ProgressField(int index, ProgressColumn column) implements ReturnField {

    @Override
    public Bilingual label(MonitoringReturn form) {
        return column.field().label(form);
    }

    @Override
    public String read(MonitoringReturn form) {
        return column.read(form.progress(index));
    }

    @Override
    public MonitoringReturn write(MonitoringReturn form, String text) throws InvalidEntry {
        return form.withProgress(index, column.write(form.progress(index), text));
    }

    @Override
    public boolean isMultiLine() {
        return column.isMultiLine();
    }
}
