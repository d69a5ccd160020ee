package com.tripwirejs.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.AsyncAutoPager;
import com.tripwirejs.api.AutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.fingerprints.FingerprintListParams;
import com.tripwirejs.api.fingerprints.FingerprintSort;
import com.tripwirejs.api.organizations.ApiKeyListParams;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Received;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.http.error.ServerException;
import com.tripwirejs.http.error.TripwireInvalidResponseException;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.fingerprint.VisitorFingerprintSummary;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.session.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Auto-paging over the three cursor-paginated lists (sessions, fingerprints, API keys), blocking
 * ({@code Iterable}, {@code Stream}, pages) and non-blocking, against a real server that serves
 * three pages: nothing is fetched before iteration, cursors go out in order with the other
 * parameters kept, iteration stops when {@code has_more} is false, stopping early fetches no
 * further page, and a cursor that comes back fails instead of looping.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutoPagingTest {

  private static final List<String> ALL_IDS = List.of("item_1", "item_2", "item_3", "item_4", "item_5");

  private Fixtures fixtures;
  private LoopbackApi server;
  private TripwireClient client;

  @BeforeAll
  void start() {
    fixtures = Fixtures.current();
    server = new LoopbackApi();
    client = TripwireClient.builder().baseUrl(server.baseUrl()).secretKey("sk_test_paging").build();
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void clear() {
    server.clear();
  }

  @AfterEach
  void noRequestWentElsewhere() {
    for (Received request : server.received()) {
      assertThat(request.header("Authorization")).isEqualTo("Bearer sk_test_paging");
    }
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void theIterableFetchesLazilyInOrderAndStopsWhenHasMoreIsFalse(Listing listing) {
    serveThreePages(listing);

    AutoPager<?> pager = listing.blocking(client);
    assertThat(server.count()).as("requests before iterating").isZero();

    List<String> ids = new ArrayList<>();
    for (Object item : pager) {
      ids.add(id(item));
    }
    assertThat(ids).isEqualTo(ALL_IDS);
    assertCursorsSent(listing, Arrays.asList(null, "cur_2", "cur_3"));

    // Every iteration starts again from the first page.
    server.clear();
    assertThat(pager.stream().map(AutoPagingTest::id).toList()).isEqualTo(ALL_IDS);
    assertCursorsSent(listing, Arrays.asList(null, "cur_2", "cur_3"));
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void aStreamStoppedEarlyFetchesNoFurtherPage(Listing listing) {
    serveThreePages(listing);
    AutoPager<?> pager = listing.blocking(client);

    assertThat(pager.stream().findFirst().map(AutoPagingTest::id)).contains("item_1");
    assertThat(server.count()).isEqualTo(1);

    server.clear();
    assertThat(pager.stream().limit(2).map(AutoPagingTest::id).toList()).containsExactly("item_1", "item_2");
    assertThat(server.count()).as("the first page holds both items").isEqualTo(1);

    server.clear();
    assertThat(pager.stream().limit(3).map(AutoPagingTest::id).toList())
        .containsExactly("item_1", "item_2", "item_3");
    assertCursorsSent(listing, Arrays.asList(null, "cur_2"));

    server.clear();
    assertThat(pager.stream().anyMatch(item -> id(item).equals("item_4"))).isTrue();
    assertThat(server.count()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void pagesComeWithTheirPaginationAndRequestIds(Listing listing) {
    serveThreePages(listing);
    List<Page<?>> pages = new ArrayList<>();
    listing.blocking(client).pages().forEach(pages::add);

    assertThat(pages).hasSize(3);
    assertThat(pages).extracting(Page::hasMore).containsExactly(true, true, false);
    assertThat(pages).extracting(Page::nextCursor).containsExactly("cur_2", "cur_3", "cur_after_the_end");
    assertThat(pages).extracting(Page::requestId).containsExactly("req_page_1", "req_page_2", "req_page_3");
    assertThat(pages).extracting(page -> page.items().size()).containsExactly(2, 2, 1);
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void aStartingCursorIsWhereTheWalkBegins(Listing listing) {
    serveThreePages(listing);
    List<String> ids = listing.blockingFrom(client, "cur_2").stream().map(AutoPagingTest::id).toList();
    assertThat(ids).containsExactly("item_3", "item_4", "item_5");
    assertCursorsSent(listing, List.of("cur_2", "cur_3"));

    server.clear();
    List<String> async = new CopyOnWriteArrayList<>();
    CallMode.await(listing.nonBlockingFrom(client.async(), "cur_2").forEach(item -> async.add(id(item))));
    assertThat(async).containsExactly("item_3", "item_4", "item_5");
    assertCursorsSent(listing, List.of("cur_2", "cur_3"));
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void theAsyncPagerFetchesLazilyInOrderAndStopsWhenHasMoreIsFalse(Listing listing) {
    serveThreePages(listing);

    AsyncAutoPager<?> pager = listing.nonBlocking(client.async());
    assertThat(server.count()).as("requests before forEach").isZero();

    List<String> ids = new CopyOnWriteArrayList<>();
    CallMode.await(pager.forEach(item -> ids.add(id(item))));
    assertThat(ids).isEqualTo(ALL_IDS);
    assertCursorsSent(listing, Arrays.asList(null, "cur_2", "cur_3"));

    server.clear();
    List<String> requestIds = new CopyOnWriteArrayList<>();
    CallMode.await(pager.forEachPage(page -> requestIds.add(page.requestId())));
    assertThat(requestIds).containsExactly("req_page_1", "req_page_2", "req_page_3");
    assertThat(server.count()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void anAsyncActionThatThrowsStopsTheWalk(Listing listing) {
    serveThreePages(listing);
    IllegalStateException stop = new IllegalStateException("stop here");
    CompletableFuture<Void> walk =
        listing.nonBlocking(client.async()).forEach(item -> {
          if (id(item).equals("item_2")) {
            throw stop;
          }
        });
    assertThat(catchThrowable(() -> CallMode.await(walk))).isSameAs(stop);
    assertThat(server.count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void aCursorThatComesBackFailsInsteadOfLooping(Listing listing) {
    // cur_3 leads back to cur_2: a cycle through two pages.
    Map<String, byte[]> pages = new HashMap<>();
    pages.put(null, page(listing, List.of("item_1"), true, "cur_2", 1));
    pages.put("cur_2", page(listing, List.of("item_2"), true, "cur_3", 2));
    pages.put("cur_3", page(listing, List.of("item_3"), true, "cur_2", 3));
    serve(pages);

    List<String> seen = new ArrayList<>();
    Throwable blocking = catchThrowable(() -> listing.blocking(client).forEach(item -> seen.add(id(item))));
    assertThat(blocking)
        .isInstanceOf(TripwireInvalidResponseException.class)
        .hasMessageContaining("page cursor it had already returned")
        .hasMessageContaining("fault of the API server")
        .hasMessageContaining("req_page_3")
        .hasMessageNotContaining("sk_test_paging");
    assertThat(((TripwireInvalidResponseException) blocking).requestId()).isEqualTo("req_page_3");
    assertThat(seen).containsExactly("item_1", "item_2", "item_3");
    assertThat(server.count()).isEqualTo(3);

    server.clear();
    List<String> async = new CopyOnWriteArrayList<>();
    Throwable nonBlocking =
        catchThrowable(() -> CallMode.await(listing.nonBlocking(client.async()).forEach(item -> async.add(id(item)))));
    assertThat(nonBlocking)
        .isInstanceOf(TripwireInvalidResponseException.class)
        .hasMessageContaining("page cursor it had already returned")
        .hasMessageContaining("fault of the API server");
    assertThat(((TripwireInvalidResponseException) nonBlocking).requestId()).isEqualTo("req_page_3");
    assertThat(async).containsExactly("item_1", "item_2", "item_3");
    assertThat(server.count()).isEqualTo(3);

    // The same cursor handed out again by the page it leads to.
    server.clear();
    pages.put("cur_2", page(listing, List.of("item_2"), true, "cur_2", 2));
    assertThatThrownBy(() -> listing.blocking(client).stream().count())
        .isInstanceOf(TripwireInvalidResponseException.class);
    assertThat(server.count()).isEqualTo(2);
    server.clear();
    assertThat(catchThrowable(() -> CallMode.await(listing.nonBlocking(client.async()).forEach(item -> {}))))
        .isInstanceOf(TripwireInvalidResponseException.class);
    assertThat(server.count()).isEqualTo(2);

    // A starting cursor that the server hands back as the next one.
    server.clear();
    assertThatThrownBy(() -> listing.blockingFrom(client, "cur_2").stream().count())
        .isInstanceOf(TripwireInvalidResponseException.class);
    assertThat(server.count()).isEqualTo(1);
    server.clear();
    assertThat(catchThrowable(() -> CallMode.await(listing.nonBlockingFrom(client.async(), "cur_2").forEach(item -> {}))))
        .isInstanceOf(TripwireInvalidResponseException.class);
    assertThat(server.count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void aBlankCursorWithMoreToComeFailsInsteadOfRestarting(Listing listing) {
    // A blank cursor is not sent, so following it would fetch the first page again, and again.
    Map<String, byte[]> pages = new HashMap<>();
    pages.put(null, page(listing, List.of("item_1"), true, "", 1));
    serve(pages);

    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> listing.blocking(client).forEach(item -> seen.add(id(item))))
        .isInstanceOf(TripwireInvalidResponseException.class)
        .hasMessageContaining("blank page cursor")
        .hasMessageContaining("fault of the API server");
    assertThat(seen).containsExactly("item_1");
    assertThat(server.count()).isEqualTo(1);

    server.clear();
    assertThat(catchThrowable(() -> CallMode.await(listing.nonBlocking(client.async()).forEach(item -> {}))))
        .isInstanceOf(TripwireInvalidResponseException.class)
        .hasMessageContaining("blank page cursor");
    assertThat(server.count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Listing.class)
  void aFailingPageEndsTheWalkWithItsError(Listing listing) {
    Map<String, byte[]> pages = new HashMap<>();
    pages.put(null, page(listing, List.of("item_1", "item_2"), true, "cur_2", 1));
    serve(pages); // cur_2 is unknown: the server answers 500

    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> listing.blocking(client).forEach(item -> seen.add(id(item))))
        .isInstanceOf(ServerException.class);
    assertThat(seen).containsExactly("item_1", "item_2");
    assertThat(server.count()).isEqualTo(2);

    server.clear();
    assertThat(catchThrowable(() -> CallMode.await(listing.nonBlocking(client.async()).forEach(item -> {}))))
        .isInstanceOf(ServerException.class);
    assertThat(server.count()).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------------------

  /** The three cursor-paginated lists, each called with every parameter it has. */
  enum Listing {
    SESSIONS("/v1/sessions", "api/sessions/list.json", Map.of("verdict", "bot", "search", "chrome")) {
      @Override
      AutoPager<?> blockingFrom(TripwireClient client, String cursor) {
        return client.sessions().listAutoPaging(params(cursor));
      }

      @Override
      AsyncAutoPager<?> nonBlockingFrom(TripwireAsyncClient client, String cursor) {
        return client.sessions().listAutoPaging(params(cursor));
      }

      private SessionListParams params(String cursor) {
        return SessionListParams.builder().limit(2).verdict(Verdict.BOT).search("chrome").cursor(cursor).build();
      }
    },
    FINGERPRINTS("/v1/fingerprints", "api/fingerprints/list.json", Map.of("sort", "first_seen", "search", "mac")) {
      @Override
      AutoPager<?> blockingFrom(TripwireClient client, String cursor) {
        return client.fingerprints().listAutoPaging(params(cursor));
      }

      @Override
      AsyncAutoPager<?> nonBlockingFrom(TripwireAsyncClient client, String cursor) {
        return client.fingerprints().listAutoPaging(params(cursor));
      }

      private FingerprintListParams params(String cursor) {
        return FingerprintListParams.builder().limit(2).sort(FingerprintSort.FIRST_SEEN).search("mac").cursor(cursor).build();
      }
    },
    API_KEYS("/v1/organizations/org_paging/api-keys", "api/organizations/api-key-list.json", Map.of()) {
      @Override
      AutoPager<?> blockingFrom(TripwireClient client, String cursor) {
        return client.organizations().apiKeys().listAutoPaging("org_paging", params(cursor));
      }

      @Override
      AsyncAutoPager<?> nonBlockingFrom(TripwireAsyncClient client, String cursor) {
        return client.organizations().apiKeys().listAutoPaging("org_paging", params(cursor));
      }

      private ApiKeyListParams params(String cursor) {
        return ApiKeyListParams.builder().limit(2).cursor(cursor).build();
      }
    };

    final String path;
    final String fixture;
    final Map<String, String> filters;

    Listing(String path, String fixture, Map<String, String> filters) {
      this.path = path;
      this.fixture = fixture;
      this.filters = filters;
    }

    abstract AutoPager<?> blockingFrom(TripwireClient client, String cursor);

    abstract AsyncAutoPager<?> nonBlockingFrom(TripwireAsyncClient client, String cursor);

    AutoPager<?> blocking(TripwireClient client) {
      return blockingFrom(client, null);
    }

    AsyncAutoPager<?> nonBlocking(TripwireAsyncClient client) {
      return nonBlockingFrom(client, null);
    }
  }

  /** Pages of 2, 2 and 1 items; the last says there is no more while still carrying a cursor. */
  private void serveThreePages(Listing listing) {
    Map<String, byte[]> pages = new HashMap<>();
    pages.put(null, page(listing, ALL_IDS.subList(0, 2), true, "cur_2", 1));
    pages.put("cur_2", page(listing, ALL_IDS.subList(2, 4), true, "cur_3", 2));
    pages.put("cur_3", page(listing, ALL_IDS.subList(4, 5), false, "cur_after_the_end", 3));
    serve(pages);
  }

  private byte[] page(Listing listing, List<String> ids, boolean hasMore, String next, int number) {
    return fixtures.page(listing.fixture, ids, hasMore, next, "req_page_" + number);
  }

  /** Answers each cursor with its page, anything else with a 500. */
  private void serve(Map<String, byte[]> pages) {
    server.answer(
        request -> {
          String cursor = request.queryParameter("cursor");
          byte[] page = pages.get(cursor);
          return page == null ? Reply.json(500, "{}") : Reply.json(200, page);
        });
  }

  /** The server received one request per cursor, in order, each with the list's other parameters. */
  private void assertCursorsSent(Listing listing, List<String> cursors) {
    List<Received> received = server.received();
    assertThat(received).extracting(Received::rawPath).allMatch(listing.path::equals);
    assertThat(received).extracting(r -> r.queryParameter("cursor")).isEqualTo(cursors);
    for (Received request : received) {
      assertThat(request.queryParameter("limit")).isEqualTo("2");
      Map<String, String> filters =
          request.query().stream()
              .filter(p -> !p.getKey().equals("cursor") && !p.getKey().equals("limit"))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      assertThat(filters).isEqualTo(listing.filters);
    }
  }

  private static String id(Object item) {
    if (item instanceof SessionSummary) {
      return ((SessionSummary) item).id();
    }
    if (item instanceof VisitorFingerprintSummary) {
      return ((VisitorFingerprintSummary) item).id();
    }
    if (item instanceof ApiKey) {
      return ((ApiKey) item).id();
    }
    throw new AssertionError("Unexpected item " + item.getClass());
  }
}
