package jixiao.storage.exchange;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import jixiao.domain.language.Excerpt;

/**
 * One project of a JSON file built as a tree from the parser's tokens, within bounds: Jackson's
 * own tree reader would hold a project of any size before anyone could measure it. Counts the
 * values and the characters of text as it goes ({@link Limits#projectValues()},
 * {@link Limits#projectChars()}) and stops at the first beyond them. Numbers are kept as Jackson
 * reads them (big decimals, whose size is checked before use); duplicate keys the parser refuses.
 */
final class JsonTree {

    /** A project beyond the limits, found while it was being read. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonParser parser;
    private final Limits limits;
    private long values;
    private long chars;

    private JsonTree(JsonParser parser, Limits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** The value whose first token the parser is at, read to its end. */
    static JsonNode read(JsonParser parser, Limits limits) throws IOException, TooLarge {
        return new JsonTree(parser, limits).value();
    }

    private JsonNode value() throws IOException, TooLarge {
        if (++values > limits.projectValues()) {
            throw new TooLarge();
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> NODES.textNode(counted(parser.getText()));
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(decimal());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            default -> NODES.nullNode();
        };
    }

    /** A number's value; one whose exponent no decimal can hold ({@code 1e9999999999}) is a problem of the file. */
    private BigDecimal decimal() throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonParseException(parser, "a number out of range: " + Excerpt.of(parser.getText()).en());
        }
    }

    private ObjectNode object() throws IOException, TooLarge {
        ObjectNode object = NODES.objectNode();
        while (next() == JsonToken.FIELD_NAME) {
            String name = counted(parser.currentName());
            next();
            object.set(name, value());
        }
        return object;
    }

    private ArrayNode array() throws IOException, TooLarge {
        ArrayNode array = NODES.arrayNode();
        while (next() != JsonToken.END_ARRAY) {
            array.add(value());
        }
        return array;
    }

    /** The next token; the parser itself refuses a document that ends inside a value, and so does this. */
    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "the file ends inside a value");
        }
        return token;
    }

    private String counted(String text) throws TooLarge {
        chars += text.length();
        if (chars > limits.projectChars()) {
            throw new TooLarge();
        }
        return text;
    }
}
