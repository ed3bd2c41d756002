package com.shopwarden.health;

import com.shopwarden.testing.ShopwardenTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** A real Kafka broker, a database for this run and the token key, shared by every test here. */
@QuarkusTestResource(
    value = ShopwardenTestInfrastructure.class,
    initArgs = @ResourceArg(name = "database", value = "creator_health"))
public class TestInfrastructure {}
