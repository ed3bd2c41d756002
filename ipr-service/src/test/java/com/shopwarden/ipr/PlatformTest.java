package com.shopwarden.ipr;

import com.shopwarden.testing.PlatformContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformTest extends PlatformContract {}
