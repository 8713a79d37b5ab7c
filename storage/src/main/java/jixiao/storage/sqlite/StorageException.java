package jixiao.storage.sqlite;

import jixiao.domain.language.Bilingual;

/** The database cannot do what was asked (cannot be opened, is busy, is damaged), said for a user. */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    public StorageException(Bilingual explanation, Throwable cause) {
        super(explanation.en(), cause);
        this.explanation = explanation;
    }

    public Bilingual explanation() {
        return explanation;
    }
}
