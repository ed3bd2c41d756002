/**
 * Markets served by a deployment: {@link com.shopwarden.market.MarketCatalog} defines every known
 * {@link com.shopwarden.market.Market} (legal time zone, languages, currency, legal regimes and
 * {@link com.shopwarden.market.BusinessCalendar}); {@link com.shopwarden.market.ServedMarkets} is
 * the configured subset, which refuses other markets with a {@link
 * com.shopwarden.market.MarketException}.
 */
package com.shopwarden.market;
