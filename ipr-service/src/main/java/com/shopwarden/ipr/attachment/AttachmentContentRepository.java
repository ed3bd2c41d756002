package com.shopwarden.ipr.attachment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Attachment bytes, keyed by attachment. */
@ApplicationScoped
public class AttachmentContentRepository
    implements PanacheRepositoryBase<AttachmentContent, UUID> {}
