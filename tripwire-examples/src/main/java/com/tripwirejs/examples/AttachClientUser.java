package com.tripwirejs.examples;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import org.jspecify.annotations.Nullable;

/**
 * Step 3: your own user id on a session. Once your server knows who the visitor of a session is,
 * it attaches its own identifier of that user; get and list then return it with the session, so
 * that a verdict can be traced to an account of yours.
 *
 * <pre>{@code
 * SessionDetail session = client.sessions().attachClientUser("sid_...", "user_42");
 * session.clientUserId(); // "user_42"
 * client.sessions().clearClientUser("sid_...");
 * }</pre>
 *
 * Attaching replaces any id attached before, and clearing removes it. Both need a secret key with
 * the {@code sessions:update} scope; a key without it is refused with 403 {@code
 * auth.insufficient_scope}.
 */
public final class AttachClientUser {

  /**
   * What the session said at each point of the round trip.
   *
   * @param sessionId the session
   * @param clientUserId the id attached
   * @param attached the client user id in the answer to attach
   * @param read the client user id {@code sessions().get} read back
   * @param listed the client user id of the session as {@code sessions().list} lists it, or null
   *     if the list did not have the session
   * @param cleared the client user id in the answer to clear, null once cleared
   * @param readAfterClear the client user id {@code sessions().get} read after clearing
   */
  public record RoundTrip(
      String sessionId,
      String clientUserId,
      @Nullable String attached,
      @Nullable String read,
      @Nullable String listed,
      @Nullable String cleared,
      @Nullable String readAfterClear) {}

  private AttachClientUser() {}

  /**
   * Attaches {@code clientUserId} to a session, reads it back by id and in the list, then clears it
   * and reads the session again.
   *
   * @param client the client, with a secret key that has the {@code sessions:update} scope
   * @param sessionId the session, {@code sid_...}
   * @param clientUserId your identifier of the session's user, such as {@code user_42}
   * @return what each call answered
   */
  public static RoundTrip run(TripwireClient client, String sessionId, String clientUserId) {
    SessionDetail attached = client.sessions().attachClientUser(sessionId, clientUserId);
    SessionDetail read = client.sessions().get(sessionId);
    // The search matches session ids, so this page holds the session if the list has it.
    String listed = null;
    for (SessionSummary session : client.sessions().list(SessionListParams.builder().search(sessionId).build()).items()) {
      if (session.id().equals(sessionId)) {
        listed = session.clientUserId();
      }
    }
    SessionDetail cleared = client.sessions().clearClientUser(sessionId);
    SessionDetail readAfterClear = client.sessions().get(sessionId);
    return new RoundTrip(
        sessionId,
        clientUserId,
        attached.clientUserId(),
        read.clientUserId(),
        listed,
        cleared.clientUserId(),
        readAfterClear.clientUserId());
  }
}
