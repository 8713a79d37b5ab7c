package jixiao.domain.register;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;

/**
 * An edit started from a revision that is no longer the stored one: someone else saved the project
 * in between. Nothing was written; the message says who and when, so the user can reload and redo.
 */
public final class StaleRevisionException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    public StaleRevisionException(String project, Revision edited, Revision stored) {
        super(stored.savedBy() + " saved " + project + " at " + stored.savedAt());
        this.explanation = new Bilingual(
                "“" + project + "”已被 " + stored.savedBy() + " 于 " + stored.savedAt() + " 修改（第 "
                        + stored.number() + " 版，你编辑的是第 " + edited.number() + " 版）；未保存，请重新打开后再改",
                "'" + project + "' was changed by " + stored.savedBy() + " at " + stored.savedAt() + " (revision "
                        + stored.number() + "; you edited revision " + edited.number()
                        + "); nothing was saved: reopen it and edit again");
    }

    @Override
    public Bilingual explanation() {
        return explanation;
    }
}
