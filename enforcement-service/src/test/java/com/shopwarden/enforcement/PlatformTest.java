package com.shopwarden.enforcement;

import com.shopwarden.testing.PlatformContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformTest extends PlatformContract {}
