package com.shopwarden.health.api;

/**
 * The next milestone in the worsening direction.
 *
 * @param milestone its value (points or rating)
 * @param distance how many points (or rating units) away it is
 */
public record NextMilestoneView(int milestone, int distance) {}
