/**
 * Events published by enforcement-service: measures applied, expired and reversed and appeal
 * decisions on {@code enforcement.actions}; rejected statements of reasons on {@code
 * enforcement.alerts}.
 */
package com.shopwarden.contracts.enforcement;
