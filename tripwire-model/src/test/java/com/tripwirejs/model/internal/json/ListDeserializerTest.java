package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list deserializer reads arrays in order, and reports a token stream that ends inside an
 * array (which a buffering parser can hand it, where the byte parser fails first) as that, rather
 * than handing the end of input to the element deserializer.
 */
class ListDeserializerTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final JavaType strings =
      mapper.getTypeFactory().constructCollectionType(List.class, String.class);

  @Test
  void readsAWholeArrayInOrder() throws IOException {
    TokenBuffer tokens = new TokenBuffer(mapper, false);
    tokens.writeStartArray();
    tokens.writeString("a");
    tokens.writeString("b");
    tokens.writeEndArray();

    assertEquals(List.of("a", "b"), read(tokens));
  }

  @Test
  void aStreamEndingInsideTheArrayIsAnError() throws IOException {
    TokenBuffer tokens = new TokenBuffer(mapper, false);
    tokens.writeStartArray();
    tokens.writeString("a");

    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> read(tokens));
    assertTrue(e.getMessage().contains("end of input inside an array"), e.getMessage());
  }

  private Object read(TokenBuffer tokens) throws IOException {
    try (JsonParser p = tokens.asParser(mapper)) {
      p.nextToken();
      DeserializationContext ctxt =
          ((DefaultDeserializationContext) mapper.getDeserializationContext())
              .createInstance(mapper.getDeserializationConfig(), p, mapper.getInjectableValues());
      JsonDeserializer<Object> elements = ctxt.findRootValueDeserializer(mapper.constructType(String.class));
      return new ListDeserializer(strings, elements).deserialize(p, ctxt);
    }
  }
}
