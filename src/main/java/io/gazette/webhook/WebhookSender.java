package io.gazette.webhook;

import io.gazette.GazetteConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/**
 * Posts one attempt, to the very address that was checked. The host is resolved here, every address
 * it resolves to is checked ({@link WebhookTargets}), and the connection goes to the checked one: a
 * second lookup, where DNS rebinding could answer an internal address, never happens. The JDK
 * HttpClient cannot be given an address to connect to; Vert.x's client can ({@code
 * RequestOptions.server}) while it still names the URL's host in Host, in the TLS server name and
 * in the certificate check, so https keeps working. Redirects are not followed: a 3xx is a failure.
 */
@ApplicationScoped
class WebhookSender {

  /** A target and the checked address its connection goes to. */
  private record Pinned(WebhookTargets.Target target, InetAddress address) {}

  private final Vertx vertx;
  private final WebhookTargets targets;
  private final HttpClient http;
  private final long timeoutMillis;
  private final long connectMillis;

  /** Lookups block: a few threads of their own, so a slow resolver holds up no other work. */
  private final ExecutorService lookups =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "gazette-webhook-lookups");
            thread.setDaemon(true);
            return thread;
          });

  WebhookSender(Vertx vertx, WebhookTargets targets, GazetteConfig config) {
    this.vertx = vertx;
    this.targets = targets;
    this.timeoutMillis = config.webhooks().timeout().toMillis();
    this.connectMillis = config.webhooks().connectTimeout().toMillis();
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setName("gazette-webhooks")
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setConnectTimeout((int) connectMillis));
  }

  /**
   * The HTTP status the hook answered; fails with {@link WebhookTargets.Blocked} (before any
   * connection) when its host is or resolves to an address hooks may not reach.
   */
  CompletableFuture<Integer> post(WebhookDeliveries.Attempt attempt) {
    return CompletableFuture.supplyAsync(() -> pin(attempt.url()), lookups)
        .thenCompose(pinned -> send(pinned, attempt));
  }

  void stop(@Observes ShutdownEvent event) {
    lookups.shutdownNow();
  }

  private Pinned pin(String url) {
    WebhookTargets.Target target = WebhookTargets.parse(url);
    if (target == null) {
      throw new CompletionException(new IllegalArgumentException("not an http(s) URL: " + url));
    }
    try {
      InetAddress checked = targets.address(target);
      // The bare address, without the name it was resolved from, so nothing resolves it again.
      byte[] bytes = checked.getAddress();
      InetAddress bare =
          checked instanceof Inet6Address v6
              ? Inet6Address.getByAddress(null, bytes, v6.getScopeId())
              : InetAddress.getByAddress(bytes);
      return new Pinned(target, bare);
    } catch (WebhookTargets.Blocked | UnknownHostException unreachable) {
      throw new CompletionException(unreachable);
    }
  }

  private CompletableFuture<Integer> send(Pinned pinned, WebhookDeliveries.Attempt attempt) {
    byte[] body = attempt.payload().getBytes(StandardCharsets.UTF_8);
    WebhookTargets.Target target = pinned.target();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setServer(
                SocketAddress.inetSocketAddress(
                    new InetSocketAddress(pinned.address(), target.port())))
            .setHost(target.host())
            .setPort(target.port())
            .setSsl(target.https())
            .setURI(target.path())
            .setFollowRedirects(false)
            .setConnectTimeout(connectMillis)
            .putHeader("Content-Type", "application/json")
            .putHeader("User-Agent", "Gazette-Webhooks/1")
            .putHeader(WebhookSignature.HEADER, WebhookSignature.of(attempt.secret(), body))
            .putHeader(WebhookSignature.TIMESTAMP_HEADER, "" + Instant.now().getEpochSecond())
            .putHeader(WebhookSignature.EVENT_HEADER, attempt.event())
            .putHeader(WebhookSignature.DELIVERY_HEADER, "" + attempt.deliveryId());
    return http.request(options)
        .compose(request -> sendBefore(request, Buffer.buffer(body)))
        .map(WebhookSender::status)
        .toCompletionStage()
        .toCompletableFuture();
  }

  /** The whole wait for the answer is bounded: a hook answering a byte at a time gives up too. */
  private Future<HttpClientResponse> sendBefore(HttpClientRequest request, Buffer body) {
    long deadline =
        vertx.setTimer(
            timeoutMillis, late -> request.reset(0, new TimeoutException("no answer in time")));
    return request.send(body).onComplete(done -> vertx.cancelTimer(deadline));
  }

  /** Only the status counts: the connection is closed rather than the body read. */
  private static int status(HttpClientResponse response) {
    response.exceptionHandler(closedMidBody -> {});
    response.request().connection().close();
    return response.statusCode();
  }
}
