/**
 * Events published by creator-health-service on {@code account.health}: health and tier changes,
 * privilege changes and trend alerts.
 */
package com.shopwarden.contracts.health;
