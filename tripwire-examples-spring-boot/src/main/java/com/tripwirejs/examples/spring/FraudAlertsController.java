package com.tripwirejs.examples.spring;

import com.tripwirejs.model.webhook.event.SessionResultPersistedEvent;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.spring.boot.webhooks.TripwireWebhook;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Foil's webhooks. The starter verifies each delivery over its raw bytes with the
 * configured signing secrets before this method runs; a forged, altered or stale one is answered
 * 400 and never gets here.
 */
@RestController
public class FraudAlertsController {

  private static final Logger log = LoggerFactory.getLogger(FraudAlertsController.class);

  private final BlockingQueue<WebhookEvent> received = new LinkedBlockingQueue<>();

  /**
   * Handles one verified event.
   *
   * @param event the verified event
   * @return 204: acknowledged
   */
  @PostMapping("/webhooks/foil")
  public ResponseEntity<Void> receive(@TripwireWebhook WebhookEvent event) {
    if (event instanceof SessionResultPersistedEvent persisted) {
      log.info(
          "Session {} scored: {} (risk {})",
          persisted.data().session().id(),
          persisted.data().decision().verdict(),
          persisted.data().decision().riskScore());
    } else if (event instanceof WebhookTestEvent) {
      log.info("Test webhook received: {}", event.id());
    } else if (event instanceof UnknownWebhookEvent unknown) {
      log.info("Event of a type this SDK does not know yet: {}", unknown.type());
    }
    received.add(event);
    return ResponseEntity.noContent().build();
  }

  /**
   * What arrived, for the demo run.
   *
   * @return the received events
   */
  BlockingQueue<WebhookEvent> received() {
    return received;
  }
}
