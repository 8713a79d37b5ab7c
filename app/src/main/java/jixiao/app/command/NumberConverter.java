package jixiao.app.command;

import java.math.BigDecimal;
import jixiao.domain.language.Bilingual;
import picocli.CommandLine.ITypeConverter;

/** Reads numbers for options such as {@code --weight}, saying plainly when a value is not one. */
public final class NumberConverter implements ITypeConverter<BigDecimal> {

    @Override
    public BigDecimal convert(String value) {
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ValueRefused(new Bilingual("“" + value + "”不是数字", "'" + value + "' is not a number"));
        }
    }
}
