package jixiao.tui.input;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Objects;

/**
 * Text the terminal pasted, as one input event: it arrives in order with the keys, but it is never
 * a key itself, so no letter or line break in it can act as a command. Line breaks are {@code \n}
 * whatever the terminal sent ({@code \r\n} from Windows programs, {@code \r} from tmux).
 */
public final class Pasted extends KeyStroke {

    private final String text;

    public Pasted(String text) {
        super(KeyType.Unknown);
        this.text = text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pasted pasted && pasted.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return "Pasted{" + text + "}";
    }
}
