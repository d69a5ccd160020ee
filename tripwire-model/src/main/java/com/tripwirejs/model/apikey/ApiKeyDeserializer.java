package com.tripwirejs.model.apikey;

import com.tripwirejs.model.internal.json.DiscriminatedDeserializer;
import java.util.Map;

/** Reads an {@link ApiKey} as the variant its {@code type} names. */
final class ApiKeyDeserializer extends DiscriminatedDeserializer<ApiKey> {

  private static final long serialVersionUID = 1L;

  ApiKeyDeserializer() {
    super(
        ApiKey.class,
        "type",
        Map.of(
            ApiKeyType.PUBLISHABLE.value(), PublishableApiKey.class,
            ApiKeyType.SECRET.value(), SecretApiKey.class),
        UnknownApiKey.class);
  }
}
