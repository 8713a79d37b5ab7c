package jixiao.storage.sqlite;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;

/** The database cannot do what was asked (cannot be opened, is busy, is damaged), said for a user. */
public final class StorageException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    public StorageException(Bilingual explanation, Throwable cause) {
        super(explanation.en(), cause);
        this.explanation = explanation;
    }

    @Override
    public Bilingual explanation() {
        return explanation;
    }
}
