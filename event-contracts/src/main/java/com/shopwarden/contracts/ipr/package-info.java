/**
 * Events published by ipr-service: notice outcomes, restore deadlines, repeat infringers and
 * retractions on {@code ipr.notices}; protection assets on {@code ipr.protection-assets}.
 */
package com.shopwarden.contracts.ipr;
