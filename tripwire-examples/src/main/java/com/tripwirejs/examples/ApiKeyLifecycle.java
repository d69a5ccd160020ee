package com.tripwirejs.examples;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.organizations.ApiKeyListParams;
import com.tripwirejs.api.organizations.ApiKeys;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.http.error.AuthenticationException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.ApiKeyEnvironment;
import com.tripwirejs.model.apikey.ApiKeyScope;
import com.tripwirejs.model.apikey.ApiKeyStatus;
import com.tripwirejs.model.apikey.ApiKeyType;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.IssuedApiKey;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Step 4: an API key's whole life. A secret key is created and its value revealed, that once;
 * it is rotated, and the old value keeps working through the grace period beside its
 * replacement; then both are revoked and the API turns them away.
 *
 * <pre>{@code
 * IssuedApiKey issued = client.organizations().apiKeys().create(organizationId, request);
 * Secret key = issued.revealedKey(); // store key.reveal() now: no later answer carries it
 * }</pre>
 *
 * The revealed key is a {@link Secret}: printing it, or the {@link IssuedApiKey} that holds it,
 * shows {@code [REDACTED]}; only {@link Secret#reveal()} gives the value.
 */
public final class ApiKeyLifecycle {

  /**
   * Whether a key authenticated, and if not, how the API refused it.
   *
   * @param accepted whether the call went through
   * @param status the HTTP status of the refusal (401), or null when accepted
   * @param code the error code of the refusal, or null when accepted
   */
  public record KeyCheck(boolean accepted, @Nullable Integer status, @Nullable String code) {}

  /**
   * What happened to the key.
   *
   * @param keyId the key's id, {@code key_...}
   * @param name the key's name
   * @param keyPreview the shortened key that is safe to show
   * @param listedWithoutSecret whether the key, listed after its creation, carried no secret
   * @param redactedInToString whether {@code toString()} of the issued key showed {@code
   *     revealedKey=[REDACTED]} and not the key
   * @param newKey the new key used at once
   * @param replacementId the id of the key that rotation issued
   * @param statusAfterRotation the old key's status after the rotation, {@code rotating}
   * @param graceExpiresAt when the old key stops working, as the API said after the rotation
   * @param oldKeyInGrace the old key used during the grace period
   * @param replacementKey the replacement key used
   * @param statusAfterRevocation the old key's status after revocation, {@code revoked}
   * @param oldKeyRevoked the old key used after revocation
   * @param replacementRevoked the replacement used after revocation
   */
  public record Lifecycle(
      String keyId,
      String name,
      String keyPreview,
      boolean listedWithoutSecret,
      boolean redactedInToString,
      KeyCheck newKey,
      String replacementId,
      ApiKeyStatus statusAfterRotation,
      @Nullable Instant graceExpiresAt,
      KeyCheck oldKeyInGrace,
      KeyCheck replacementKey,
      ApiKeyStatus statusAfterRevocation,
      KeyCheck oldKeyRevoked,
      KeyCheck replacementRevoked) {}

  private ApiKeyLifecycle() {}

  /**
   * Creates, rotates and revokes a secret key of {@code organizationId}.
   *
   * @param client a client whose key may manage the organization's API keys
   * @param baseUrl the API the new keys are tried against
   * @param organizationId the organization, {@code org_...}
   * @return what happened
   */
  public static Lifecycle run(TripwireClient client, String baseUrl, String organizationId) {
    ApiKeys apiKeys = client.organizations().apiKeys();

    IssuedApiKey issued =
        apiKeys.create(
            organizationId,
            CreateApiKeyRequest.builder()
                .name("Quickstart backend")
                .type(ApiKeyType.SECRET)
                .environment(ApiKeyEnvironment.TEST)
                .addScopes(ApiKeyScope.SESSIONS_LIST, ApiKeyScope.SESSIONS_READ)
                .build());
    Secret oldKey = issued.revealedKey();
    String printed = issued.toString();
    boolean redacted = !printed.contains(oldKey.reveal()) && printed.contains("revealedKey=[REDACTED]");

    // Listing shows the key's preview from now on, never the key.
    ApiKey listed = find(apiKeys, organizationId, issued.id());
    boolean listedWithoutSecret = listed.revealedKey() == null;

    KeyCheck newKey = tryKey(baseUrl, oldKey);

    IssuedApiKey replacement = apiKeys.rotate(organizationId, issued.id());
    ApiKey rotated = find(apiKeys, organizationId, issued.id());
    KeyCheck oldKeyInGrace = tryKey(baseUrl, oldKey);
    KeyCheck replacementKey = tryKey(baseUrl, replacement.revealedKey());

    ApiKey revoked = apiKeys.revoke(organizationId, issued.id());
    apiKeys.revoke(organizationId, replacement.id());
    KeyCheck oldKeyRevoked = tryKey(baseUrl, oldKey);
    KeyCheck replacementRevoked = tryKey(baseUrl, replacement.revealedKey());

    return new Lifecycle(
        issued.id(),
        issued.name(),
        issued.keyPreview(),
        listedWithoutSecret,
        redacted,
        newKey,
        replacement.id(),
        rotated.status(),
        rotated.graceExpiresAt(),
        oldKeyInGrace,
        replacementKey,
        revoked.status(),
        oldKeyRevoked,
        replacementRevoked);
  }

  /** Lists the organization's keys, page after page, until the one with {@code keyId}. */
  private static ApiKey find(ApiKeys apiKeys, String organizationId, String keyId) {
    for (ApiKey key : apiKeys.listAutoPaging(organizationId, ApiKeyListParams.none())) {
      if (key.id().equals(keyId)) {
        return key;
      }
    }
    throw new IllegalStateException("API key " + keyId + " is not in the organization's list");
  }

  /** Makes one small call with {@code key}: a client per key, closed after the call. */
  private static KeyCheck tryKey(String baseUrl, Secret key) {
    try (TripwireClient withKey = TripwireClient.builder().baseUrl(baseUrl).secretKey(key).build()) {
      withKey.sessions().list(SessionListParams.builder().limit(1).build());
      return new KeyCheck(true, null, null);
    } catch (AuthenticationException refused) {
      return new KeyCheck(false, refused.status(), refused.code());
    }
  }
}
