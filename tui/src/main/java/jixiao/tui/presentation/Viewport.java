package jixiao.tui.presentation;

/** Which rows of a long table are on screen: {@code height} rows from {@code top}. */
public record Viewport(int top, int height) {

    public Viewport {
        if (top < 0 || height < 0) {
            throw new IllegalArgumentException("a viewport starts at 0 or later and is not negative: " + top + "+" + height);
        }
    }

    /** The viewport moved as little as possible so that {@code row} is visible. */
    public Viewport showing(int row) {
        if (height == 0) {
            return this;
        }
        if (row < top) {
            return new Viewport(row, height);
        }
        if (row >= top + height) {
            return new Viewport(row - height + 1, height);
        }
        return this;
    }

    public Viewport resized(int newHeight) {
        return new Viewport(top, Math.max(0, newHeight));
    }

    public int end(int rows) {
        return Math.min(rows, top + height);
    }
}
