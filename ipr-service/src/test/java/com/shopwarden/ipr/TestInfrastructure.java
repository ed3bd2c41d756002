package com.shopwarden.ipr;

import com.shopwarden.testing.ShopwardenTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** A real Kafka broker, a database for this run and the token key, shared by every test here. */
@QuarkusTestResource(
    value = ShopwardenTestInfrastructure.class,
    initArgs = @ResourceArg(name = "database", value = "ipr"))
public class TestInfrastructure {}
