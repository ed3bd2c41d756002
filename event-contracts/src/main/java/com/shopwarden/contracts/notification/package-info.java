/**
 * Events any service publishes on {@code notifications.requests} for the marketplace's messaging
 * platform to deliver.
 */
package com.shopwarden.contracts.notification;
