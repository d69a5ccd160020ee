package com.tripwirejs.spring.boot.app;

import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.spring.boot.webhooks.TripwireWebhook;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's application: one controller receiving verified webhook events. */
@SpringBootApplication
public class WebhookTestApplication {

  @Bean
  BlockingQueue<WebhookEvent> received() {
    return new LinkedBlockingQueue<>();
  }

  @RestController
  static class FoilWebhooks {
    private final BlockingQueue<WebhookEvent> received;

    FoilWebhooks(BlockingQueue<WebhookEvent> received) {
      this.received = received;
    }

    @PostMapping("/webhooks/foil")
    ResponseEntity<Void> receive(@TripwireWebhook WebhookEvent event) {
      received.add(event);
      return ResponseEntity.noContent().build();
    }
  }
}
