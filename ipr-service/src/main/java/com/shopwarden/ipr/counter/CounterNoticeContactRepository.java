package com.shopwarden.ipr.counter;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Counter-notifiers' contact data, keyed by counter-notice. */
@ApplicationScoped
public class CounterNoticeContactRepository
    implements PanacheRepositoryBase<CounterNoticeContact, UUID> {}
