package jixiao.storage.file;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;

/**
 * A file jixiao was asked to write and did not: the folder is missing or read-only, the disk is full,
 * the name is a link, a database or someone else's file. Said for the user, with what to do; nothing
 * was changed, the old file (if any) is as it was.
 */
public final class CannotWriteException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    public CannotWriteException(Bilingual explanation, Throwable cause) {
        super(explanation.en(), cause);
        this.explanation = explanation;
    }

    @Override
    public Bilingual explanation() {
        return explanation;
    }
}
