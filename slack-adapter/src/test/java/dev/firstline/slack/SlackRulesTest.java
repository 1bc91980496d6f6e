package dev.firstline.slack;

import static dev.firstline.slack.SlackWorld.ANA;
import static dev.firstline.slack.SlackWorld.ANA_DM;
import static dev.firstline.slack.SlackWorld.VPN_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.app_backend.SlackSignature;
import dev.firstline.core.model.Ticket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slack's rules, end to end: HTTP mode checks signatures and refuses stale requests, Slack is
 * acknowledged before the work is done, a repeated delivery answers once, a 429 is retried after
 * its Retry-After, and a post that keeps failing loses no ticket.
 */
class SlackRulesTest {

  private static final String SECRET = "signing-secret-of-the-test-app";
  private static final Gson GSON = new Gson();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static SlackWorld httpWorld() throws Exception {
    return new SlackWorld(s -> new SlackAdapter.Settings(s.botToken(), null, SECRET, 0, s.methodsEndpointUrlPrefix(), s.roleGroups(), null, null));
  }

  private static String eventBody(String eventId, Map<String, Object> event) {
    return GSON.toJson(Map.of("token", "verification-token", "team_id", "T1", "api_app_id", "A1", "type", "event_callback",
        "event_id", eventId, "event_time", Instant.now().getEpochSecond(), "event", event));
  }

  private HttpResponse<String> post(SlackWorld world, String body, long timestamp, String signature, Map<String, String> more) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.adapter.httpPort() + "/slack/events"))
        .header("Content-Type", "application/json")
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    more.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signedPost(SlackWorld world, String body, long timestamp, Map<String, String> more) throws Exception {
    return post(world, body, timestamp, new SlackSignature.Generator(SECRET).generate(Long.toString(timestamp), body), more);
  }

  @Test
  void httpMode_refusesWrongSignaturesAndStaleRequests_andAnswersSignedOnesOnce() throws Exception {
    try (SlackWorld world = httpWorld()) {
      String body = eventBody("Ev-http-1", FakeSlack.directMessage(ANA, ANA_DM, VPN_QUESTION, world.nextTs(), "cm-http-1"));
      long now = Instant.now().getEpochSecond();

      HttpResponse<String> forged = post(world, body, now, new SlackSignature.Generator("another-secret").generate(Long.toString(now), body), Map.of());
      assertThat(forged.statusCode()).isEqualTo(401);

      long sixMinutesAgo = now - Duration.ofMinutes(6).toSeconds();
      HttpResponse<String> stale = signedPost(world, body, sixMinutesAgo, Map.of());
      assertThat(stale.statusCode()).as("signed correctly, but more than five minutes old").isEqualTo(401);
      assertThat(world.kb.searches()).as("nothing refused reached the bot").isEmpty();

      assertThat(signedPost(world, body, now, Map.of()).statusCode()).isEqualTo(200);
      // Slack retries what it thinks failed, with X-Slack-Retry-Num: the same event must not be answered twice
      assertThat(signedPost(world, body, now, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
      String marker = eventBody("Ev-http-2", FakeSlack.directMessage(ANA, ANA_DM, "hello", world.nextTs(), "cm-http-2"));
      assertThat(signedPost(world, marker, now, Map.of()).statusCode()).isEqualTo(200);

      List<FakeSlack.Call> answers = world.slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM), 2);
      assertThat(Blocks.texts(answers.get(0)).get(0)).isEqualTo("Connect to the VPN");
      assertThat(answers.get(1).param("text")).startsWith("Hi!");
      assertThat(world.kb.searches()).containsExactly(VPN_QUESTION);

      String challenge = "{\"token\":\"t\",\"challenge\":\"abc123\",\"type\":\"url_verification\"}";
      HttpResponse<String> verification = signedPost(world, challenge, now, Map.of());
      assertThat(verification.statusCode()).isEqualTo(200);
      assertThat(verification.body()).isEqualTo("abc123");
    }
  }

  @Test
  void socketMode_theSameEventDeliveredTwiceIsAnsweredOnce() throws Exception {
    try (SlackWorld world = new SlackWorld()) {
      FakeSlack slack = world.slack;
      Map<String, Object> question = FakeSlack.directMessage(ANA, ANA_DM, VPN_QUESTION, world.nextTs(), "cm-1");
      String first = slack.event("Ev-1", 0, question);
      String retried = slack.event("Ev-1", 1, question);
      // the same message again under another event id (its client_msg_id gives it away)
      String again = slack.event("Ev-1b", 0, question);
      // messages of one conversation are handled in order: once this is answered, a second answer would have come
      slack.event("Ev-2", 0, FakeSlack.directMessage(ANA, ANA_DM, "hello", world.nextTs(), "cm-2"));

      List<FakeSlack.Call> answers = slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").startsWith("Hi!"), 1);
      assertThat(answers).hasSize(1);
      assertThat(slack.calls("chat.postMessage", c -> c.param("channel").equals(ANA_DM))).hasSize(2);
      assertThat(world.kb.searches()).containsExactly(VPN_QUESTION);
      for (String envelope : List.of(first, retried, again)) {
        slack.awaitAck(envelope);
      }
    }
  }

  @Test
  void slackIsAcknowledgedBeforeTheWorkIsDone() throws Exception {
    try (SlackWorld world = new SlackWorld()) {
      FakeSlack slack = world.slack;
      slack.delay("chat.postMessage", Duration.ofMillis(1500));
      long start = System.nanoTime();

      String envelope = slack.event("Ev-slow", 0, FakeSlack.directMessage(ANA, ANA_DM, VPN_QUESTION, world.nextTs(), "cm-slow"));
      slack.awaitAck(envelope);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
      assertThat(slack.calls("chat.postMessage")).as("the answer is still on its way").isEmpty();
      slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM));
    }
  }

  @Test
  void aRateLimitedPostIsRetriedAfterRetryAfter_andTheMessageArrives() throws Exception {
    try (SlackWorld world = new SlackWorld()) {
      FakeSlack slack = world.slack;
      slack.rateLimit("chat.postMessage", 1, "1");

      slack.event("Ev-429", 0, FakeSlack.directMessage(ANA, ANA_DM, VPN_QUESTION, world.nextTs(), "cm-429"));

      List<FakeSlack.Call> posts = slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM), 2);
      assertThat(posts.get(0).ts()).as("refused with 429").isEmpty();
      assertThat(posts.get(1).ts()).as("delivered").isNotEmpty();
      assertThat(posts.get(1).atMillis() - posts.get(0).atMillis()).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
      assertThat(Blocks.texts(posts.get(1)).get(0)).isEqualTo("Connect to the VPN");
    }
  }

  @Test
  void aPostThatKeepsFailingIsRetried_andTheTicketIsKept() throws Exception {
    try (SlackWorld world = new SlackWorld()) {
      FakeSlack slack = world.slack;
      // the queue channel is down for longer than the retries last
      slack.fail("chat.postMessage", p -> "C-NET".equals(p.get("channel")), SlackWorld.ATTEMPTS, 503);

      FakeSlack.Call answer = world.anaAsksInDirectMessage(VPN_QUESTION);
      slack.blockAction(ANA, ANA_DM, answer.ts(), null, "fl.feedback.TALK_TO_PERSON", ANA);

      FakeSlack.Call told = slack.await("chat.postMessage", c -> c.param("channel").equals(ANA_DM) && c.param("text").contains("HD-1"));
      assertThat(told.param("text")).contains("network team");
      assertThat(slack.calls("chat.postMessage", c -> c.param("channel").equals("C-NET"))).hasSize(SlackWorld.ATTEMPTS);
      Ticket ticket = world.onlyTicket();
      assertThat(ticket.staff()).as("not posted, but kept").isNull();
      assertThat(ticket.queue()).isEqualTo("network");
    }
  }
}
