package jixiao.app.command;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;
import picocli.CommandLine.TypeConversionException;

/** A value on the command line that one of our converters cannot read, saying why in both languages. */
final class ValueRefused extends TypeConversionException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    ValueRefused(Bilingual explanation) {
        super(explanation.en());
        this.explanation = explanation;
    }

    @Override
    public Bilingual explanation() {
        return explanation;
    }
}
