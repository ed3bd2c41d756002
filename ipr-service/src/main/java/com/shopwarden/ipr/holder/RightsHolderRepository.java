package com.shopwarden.ipr.holder;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Rights-holder organisations. */
@ApplicationScoped
public class RightsHolderRepository implements PanacheRepositoryBase<RightsHolder, String> {}
