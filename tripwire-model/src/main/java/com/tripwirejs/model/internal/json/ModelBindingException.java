package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A binding failure raised by the model deserializers. Its message is written by the SDK and never
 * quotes input values, so it can be shown as is.
 */
public final class ModelBindingException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  ModelBindingException(JsonParser p, Class<?> targetType, String message) {
    super(p, message, targetType);
  }
}
