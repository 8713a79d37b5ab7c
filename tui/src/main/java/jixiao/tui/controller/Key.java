package jixiao.tui.controller;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Objects;

/** A key as bindings name it: a special key or a character, with Ctrl or Alt, and the name shown in the key bar. */
public record Key(String name, KeyType type, Character character, boolean ctrl, boolean alt) {

    public Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Key of(KeyType type, String name) {
        return new Key(name, type, null, false, false);
    }

    public static Key alt(KeyType type, String name) {
        return new Key(name, type, null, false, true);
    }

    public static Key character(char c) {
        return new Key(c == ' ' ? "Space" : String.valueOf(c), KeyType.Character, c, false, false);
    }

    public static Key ctrl(char c) {
        return new Key("Ctrl-" + Character.toUpperCase(c), KeyType.Character, c, true, false);
    }

    public boolean matches(KeyStroke stroke) {
        if (stroke.getKeyType() != type || stroke.isCtrlDown() != ctrl || stroke.isAltDown() != alt) {
            return false;
        }
        return character == null || character.equals(stroke.getCharacter());
    }
}
