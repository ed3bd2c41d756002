/**
 * Events the marketplace's platforms publish on {@code commerce.signals}: counted commerce facts.
 */
package com.shopwarden.contracts.commerce;
