package jixiao.domain.register;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;

/** The project asked for is not in the register (never was, or someone deleted it). */
public final class MissingProjectException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    public MissingProjectException(String project) {
        super("no project " + project);
        this.explanation = new Bilingual("没有项目“" + project + "”（可能已被删除）",
                "there is no project '" + project + "' (it may have been deleted)");
    }

    @Override
    public Bilingual explanation() {
        return explanation;
    }
}
