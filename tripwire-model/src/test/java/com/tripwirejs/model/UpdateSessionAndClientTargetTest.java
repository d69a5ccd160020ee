package com.tripwirejs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tripwirejs.model.apikey.ApiKeyClientTarget;
import com.tripwirejs.model.apikey.ApiKeyScope;
import com.tripwirejs.model.apikey.ApiKeyType;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.model.session.UpdateSessionRequest;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request bodies of today's contract that older generations lack: the session update, whose
 * {@code client_user_id} is always sent (null clears it), and the client target of a new API key,
 * which a secret key must not have. Each rule fails when the body is built, naming the property.
 */
class UpdateSessionAndClientTargetTest {

  @Test
  void attachingWritesTheIdAndClearingWritesAnExplicitNull() {
    assertThat(TripwireJson.write(UpdateSessionRequest.attachClientUser("user_123")))
        .isEqualTo("{\"client_user_id\":\"user_123\"}");
    assertThat(TripwireJson.write(UpdateSessionRequest.clearClientUser()))
        .isEqualTo("{\"client_user_id\":null}");
    assertThat(TripwireJson.write(UpdateSessionRequest.builder().build()))
        .as("never left out")
        .isEqualTo("{\"client_user_id\":null}");
  }

  @Test
  void aClientUserIdOf256CharactersIsTheLongestAccepted() {
    String longest = "u".repeat(256);
    assertThat(UpdateSessionRequest.attachClientUser(longest).clientUserId()).isEqualTo(longest);
    // 256 characters outside the Basic Multilingual Plane: 512 UTF-16 units, 256 code points.
    String astral = "\uD83D\uDE00".repeat(256);
    assertThatCode(() -> UpdateSessionRequest.attachClientUser(astral)).doesNotThrowAnyException();
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of(
            "blank client user id",
            "client_user_id must not be blank",
            (Supplier<Object>) () -> UpdateSessionRequest.attachClientUser("  ")),
        Arguments.of(
            "empty client user id",
            "client_user_id must not be blank",
            (Supplier<Object>) () -> UpdateSessionRequest.builder().clientUserId("").build()),
        Arguments.of(
            "client user id of 257 characters",
            "client_user_id must be at most 256 characters long",
            (Supplier<Object>) () -> UpdateSessionRequest.attachClientUser("u".repeat(257))),
        Arguments.of(
            "secret key with a client target",
            "client_target must be omitted for a secret key",
            (Supplier<Object>)
                () ->
                    CreateApiKeyRequest.builder()
                        .name("Backend")
                        .type(ApiKeyType.SECRET)
                        .addScope(ApiKeyScope.SESSIONS_UPDATE)
                        .clientTarget(ApiKeyClientTarget.BROWSER)
                        .build()),
        Arguments.of(
            "secret key with a native client target",
            "client_target must be omitted for a secret key",
            (Supplier<Object>)
                () ->
                    CreateApiKeyRequest.builder()
                        .name("Backend")
                        .type(ApiKeyType.SECRET)
                        .addScope(ApiKeyScope.ALL)
                        .clientTarget(ApiKeyClientTarget.NATIVE_IOS)
                        .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void anInvalidRequestFailsWhenBuilt(String name, String message, Supplier<Object> build) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, build::get);

    assertThat(e).as("building must fail").isNotNull();
    assertThat(e.getMessage()).startsWith(message);
  }

  @Test
  void nativeAndBrowserTargetsAreForPublishableKeys() {
    CreateApiKeyRequest ios =
        CreateApiKeyRequest.builder()
            .name("iOS app")
            .type(ApiKeyType.PUBLISHABLE)
            .clientTarget(ApiKeyClientTarget.NATIVE_IOS)
            .build();
    assertThat(TripwireJson.write(ios))
        .isEqualTo("{\"name\":\"iOS app\",\"type\":\"publishable\",\"client_target\":\"native-ios\"}");
    assertThatCode(
            () ->
                CreateApiKeyRequest.builder()
                    .name("Android app")
                    .clientTarget(ApiKeyClientTarget.NATIVE_ANDROID)
                    .build())
        .as("the default type is publishable")
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                CreateApiKeyRequest.builder()
                    .name("Future")
                    .type(ApiKeyType.of("restricted"))
                    .clientTarget(ApiKeyClientTarget.of("native-watch"))
                    .build())
        .as("a type this SDK does not know is left to the API")
        .doesNotThrowAnyException();
    assertThat(TripwireJson.write(CreateApiKeyRequest.builder().name("Web").build()))
        .as("not set: left out, the API defaults to browser")
        .isEqualTo("{\"name\":\"Web\"}");
  }

  @Test
  void readingABodyWithoutClientUserIdOrWithABadOneFails() {
    assertThat(
            catchThrowableOfType(
                TripwireJsonException.class,
                () -> TripwireJson.read("{}", UpdateSessionRequest.class)))
        .as("the property is required")
        .isNotNull();
    TripwireJsonException tooLong =
        catchThrowableOfType(
            TripwireJsonException.class,
            () ->
                TripwireJson.read(
                    "{\"client_user_id\":\"" + "u".repeat(257) + "\"}", UpdateSessionRequest.class));
    assertThat(tooLong.getMessage()).startsWith("client_user_id must be at most 256 characters");
    assertThat(TripwireJson.read("{\"client_user_id\":null}", UpdateSessionRequest.class))
        .isEqualTo(UpdateSessionRequest.clearClientUser());
  }

  @Test
  void sessionsUpdateIsAKnownScopeAndGateScopesAreKeptAsUnknownValues() {
    assertThat(ApiKeyScope.of("sessions:update")).isSameAs(ApiKeyScope.SESSIONS_UPDATE);
    assertThat(ApiKeyScope.knownValues()).noneMatch(s -> s.value().startsWith("gate:"));
    ApiKeyScope gate = ApiKeyScope.of("gate:services:read");
    assertThat(gate.isKnown()).isFalse();
    assertThat(TripwireJson.write(gate)).isEqualTo("\"gate:services:read\"");
  }
}
