package com.example.checkout;

import com.tripwirejs.model.webhook.event.SessionResultPersistedEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.spring.boot.webhooks.TripwireWebhook;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class CheckoutApplication {

  public static void main(String[] args) {
    SpringApplication.run(CheckoutApplication.class, args);
  }

  /** What the controller answers, written by Boot's own JSON mapper (Jackson 3 on Boot 4). */
  public record Ack(String id, String type, boolean persisted) {}

  @RestController
  public static class FoilWebhooks {
    final List<WebhookEvent> received = new CopyOnWriteArrayList<>();

    @PostMapping("/webhooks/foil")
    public Ack receive(@TripwireWebhook WebhookEvent event) {
      received.add(event);
      return new Ack(event.id(), event.type().value(), event instanceof SessionResultPersistedEvent);
    }
  }
}
