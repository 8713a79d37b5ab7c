package jixiao.domain.language;

/**
 * A failure that says itself to the user, in both languages, with what to do: someone saved in
 * between, the database is busy, the disk is full. Every interface shows its explanation instead
 * of a class name; only a failure that is not one of these is a bug.
 */
public interface Explained {

    Bilingual explanation();
}
