package com.tripwirejs.gate.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.model.json.TripwireJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard login URL of a Gate service update: unchanged, replaced, or removed. */
class UpdateGateServiceRequestTest {

  private static final String URL = "https://acme.example/login";

  @Test
  void leftUnsetTheUrlIsNotSent() {
    UpdateGateServiceRequest request = UpdateGateServiceRequest.builder().name("Acme").build();

    assertThat(request.dashboardLoginUrl()).isNull();
    assertThat(request.removesDashboardLoginUrl()).isFalse();
    assertThat(TripwireJson.write(request)).isEqualTo("{\"name\":\"Acme\"}");
  }

  @Test
  void setTheUrlIsSent() {
    UpdateGateServiceRequest request =
        UpdateGateServiceRequest.builder().dashboardLoginUrl(URL).build();

    assertThat(request.removesDashboardLoginUrl()).isFalse();
    assertThat(TripwireJson.write(request)).isEqualTo("{\"dashboard_login_url\":\"" + URL + "\"}");
  }

  @Test
  void clearedTheUrlIsSentAsAnExplicitNull() {
    UpdateGateServiceRequest request =
        UpdateGateServiceRequest.builder().name("Acme").clearDashboardLoginUrl().build();

    assertThat(request.dashboardLoginUrl()).isNull();
    assertThat(request.removesDashboardLoginUrl()).isTrue();
    assertThat(request.explicitNulls()).containsExactly("dashboard_login_url");
    assertThat(TripwireJson.write(request))
        .isEqualTo("{\"name\":\"Acme\",\"dashboard_login_url\":null}");
    assertThat(request)
        .as("removing the URL is a different update from leaving it unchanged")
        .isNotEqualTo(UpdateGateServiceRequest.builder().name("Acme").build());
  }

  @Test
  void removingTheUrlIsAnUpdateOnItsOwn() {
    UpdateGateServiceRequest request =
        UpdateGateServiceRequest.builder().clearDashboardLoginUrl().build();

    assertThat(TripwireJson.write(request)).isEqualTo("{\"dashboard_login_url\":null}");
  }

  @Test
  void anExplicitNullInJsonReadsAsRemovalAndWritesBack() {
    UpdateGateServiceRequest removal =
        TripwireJson.read("{\"dashboard_login_url\":null}", UpdateGateServiceRequest.class);
    UpdateGateServiceRequest unchanged =
        TripwireJson.read("{\"name\":\"Acme\"}", UpdateGateServiceRequest.class);

    assertThat(removal.removesDashboardLoginUrl()).isTrue();
    assertThat(removal)
        .isEqualTo(UpdateGateServiceRequest.builder().clearDashboardLoginUrl().build());
    assertThat(TripwireJson.write(removal)).isEqualTo("{\"dashboard_login_url\":null}");
    assertThat(unchanged.removesDashboardLoginUrl()).isFalse();
  }

  @Test
  void theLastCallWins() {
    UpdateGateServiceRequest set =
        UpdateGateServiceRequest.builder().clearDashboardLoginUrl().dashboardLoginUrl(URL).build();
    UpdateGateServiceRequest cleared =
        UpdateGateServiceRequest.builder().dashboardLoginUrl(URL).clearDashboardLoginUrl().build();

    assertThat(set.removesDashboardLoginUrl()).isFalse();
    assertThat(set.explicitNulls()).isEmpty();
    assertThat(set).isEqualTo(UpdateGateServiceRequest.builder().dashboardLoginUrl(URL).build());
    assertThat(TripwireJson.write(set)).isEqualTo("{\"dashboard_login_url\":\"" + URL + "\"}");
    assertThat(cleared.removesDashboardLoginUrl()).isTrue();
    assertThat(TripwireJson.write(cleared)).isEqualTo("{\"dashboard_login_url\":null}");
  }

  @Test
  void copyingAnUpdateKeepsTheRemoval() {
    UpdateGateServiceRequest removal =
        UpdateGateServiceRequest.builder().clearDashboardLoginUrl().build();

    UpdateGateServiceRequest copy =
        UpdateGateServiceRequest.builder().from(removal).name("Acme").build();

    assertThat(copy.removesDashboardLoginUrl()).isTrue();
    assertThat(
            UpdateGateServiceRequest.builder()
                .from(removal)
                .explicitNulls(List.of())
                .name("Acme")
                .build()
                .removesDashboardLoginUrl())
        .isFalse();
  }
}
