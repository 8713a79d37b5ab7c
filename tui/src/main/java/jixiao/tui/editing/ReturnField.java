package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.MonitoringReturn;

/**
 * One thing a person can type into on a monitoring return (运行监控): a funding line's progress, an
 * indicator's progress, forecast, likelihood, causes and notes, the conclusion. Like {@link Field}
 * for a form: it reads its text and writes typed text back, giving a new return.
 */
public interface ReturnField {

    /** The label as the return's paper prints it, with its months: {@code 1–7月实际完成值}. */
    Bilingual label(MonitoringReturn form);

    String read(MonitoringReturn form);

    /** The return with this field set to {@code text}; refuses text the field cannot hold. */
    MonitoringReturn write(MonitoringReturn form, String text) throws InvalidEntry;

    /** Whether line breaks belong in it (notes); elsewhere a pasted line break becomes a space. */
    default boolean isMultiLine() {
        return false;
    }
}
