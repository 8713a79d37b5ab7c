package jixiao.app.command;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads numbers for options such as {@code --weight}, saying plainly when a value is not one. */
public final class NumberConverter implements ITypeConverter<BigDecimal> {

    @Override
    public BigDecimal convert(String value) {
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number (不是数字)");
        }
    }
}
