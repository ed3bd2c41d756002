package com.shopwarden.ipr.notice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Notifiers' contact data, keyed by notice. */
@ApplicationScoped
public class NoticeContactRepository implements PanacheRepositoryBase<NoticeContact, UUID> {}
