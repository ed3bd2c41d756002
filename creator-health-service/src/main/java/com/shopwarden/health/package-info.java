/**
 * Account health for creators and sellers: points and ratings, tiers, privileges, commerce signals,
 * risk ranking and trend alerts.
 */
package com.shopwarden.health;
