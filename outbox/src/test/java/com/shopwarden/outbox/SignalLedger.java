package com.shopwarden.outbox;

import com.shopwarden.contracts.commerce.CommerceSignal;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A consumer like the services' own: books each commerce signal once. Signals of the account
 * {@value #FAILING_ACCOUNT} always fail, to exercise bounded retries and dead-lettering.
 */
@ApplicationScoped
public class SignalLedger {

  static final String FAILING_ACCOUNT = "acct-always-fails";

  private final EventInbox inbox;
  private final EventHandlers handlers =
      EventHandlers.create().on(CommerceSignal.class, SignalLedger::book);

  public SignalLedger(EventInbox inbox) {
    this.inbox = inbox;
  }

  @Incoming("signals")
  public Uni<Void> onSignal(Message<byte[]> message) {
    return inbox.consume("test.signal-ledger", message, handlers);
  }

  private static Uni<Void> book(CommerceSignal signal) {
    if (FAILING_ACCOUNT.equals(signal.accountId())) {
      return Uni.createFrom().failure(new IllegalStateException("ledger refuses this account"));
    }
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "insert into signal_ledger (event_id, account_id, count)"
                            + " values (?1, ?2, ?3)")
                    .setParameter(1, signal.eventId())
                    .setParameter(2, signal.accountId())
                    .setParameter(3, signal.count())
                    .executeUpdate())
        .replaceWithVoid();
  }
}
