/**
 * Events published by content-moderation: confirmed violations and cleared content on {@code
 * moderation.decisions}, strategy rollbacks on {@code moderation.alerts}.
 */
package com.shopwarden.contracts.moderation;
