package com.shopwarden.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs a relay pass as soon as a transaction that wrote outbox rows commits, on every replica, so
 * an event waits milliseconds for Kafka instead of up to a poll interval.
 *
 * <p>{@link Outbox#publish} issues {@code NOTIFY} in the writing transaction; PostgreSQL delivers
 * it only if that transaction commits, which is exactly the moment the rows become visible to the
 * relay. Passes are coalesced: notifications that arrive during a pass cause one more pass. The
 * scheduled poll stays as the safety net (a lost listen connection, a shard another replica held).
 */
@ApplicationScoped
public class RelayWakeUp {

  /** The notification channel every service's outbox uses; each service has its own database. */
  static final String CHANNEL = "shopwarden_outbox";

  private static final Logger LOG = Logger.getLogger(RelayWakeUp.class);

  private final OutboxRelay relay;
  private final OutboxConfig config;
  private final Vertx vertx;
  private final Optional<String> url;
  private final Optional<String> user;
  private final Optional<String> password;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile PgSubscriber subscriber;

  public RelayWakeUp(
      OutboxRelay relay,
      OutboxConfig config,
      Vertx vertx,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.relay = relay;
    this.config = config;
    this.vertx = vertx;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  void listen(@Observes StartupEvent started) {
    if (!config.relayEnabled() || !config.wakeOnCommit() || url.isEmpty()) {
      return;
    }
    PgConnectOptions options =
        PgConnectOptions.fromUri(url.get().replaceFirst("^vertx-reactive:", ""));
    user.ifPresent(options::setUser);
    password.ifPresent(options::setPassword);
    PgSubscriber listener =
        PgSubscriber.subscriber(vertx, options)
            .reconnectPolicy(retries -> config.wakeReconnectDelay().toMillis());
    listener.channel(CHANNEL).handler(payload -> requestPass());
    // A listener that reconnects may have missed commits while it was away.
    listener.channel(CHANNEL).subscribeHandler(this::requestPass);
    subscriber = listener;
    listener
        .connect()
        .subscribe()
        .with(
            connected -> LOG.debug("outbox relay wakes on commit"),
            failure ->
                LOG.warnf(
                    "outbox relay cannot listen for commits (%s); it polls every %s",
                    failure.getMessage(), config.pollInterval()));
  }

  void close(@Observes ShutdownEvent stopping) {
    PgSubscriber listener = subscriber;
    if (listener != null) {
      listener.closeAndForget();
    }
  }

  /** Starts a pass now, or one more after the running one. */
  void requestPass() {
    // Ask first, then try to run: a pass ending between the two still sees the request.
    again.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    again.set(false);
    relay
        .relayOnce()
        .onTermination()
        .invoke(
            () -> {
              running.set(false);
              if (again.get()) {
                requestPass();
              }
            })
        .subscribe()
        .with(
            published -> {},
            failure -> LOG.warnf("outbox relay pass on commit failed: %s", failure.getMessage()));
  }
}
