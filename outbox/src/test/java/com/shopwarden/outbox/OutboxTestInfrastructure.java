package com.shopwarden.outbox;

import com.shopwarden.testing.ShopwardenTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Starts the broker and the per-run database once for every test of this module. */
@QuarkusTestResource(
    value = ShopwardenTestInfrastructure.class,
    initArgs = @ResourceArg(name = "database", value = "outbox_test"))
public class OutboxTestInfrastructure {}
