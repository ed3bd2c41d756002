package com.shopwarden.moderation.screening;

import java.util.List;
import java.util.Map;

/**
 * What the engine screens: the item's texts by field name and its upstream signals.
 *
 * @param kind content kind name
 * @param market market code
 * @param language ISO 639-1 code of the texts
 * @param sourcePlatform the platform that sent the item
 * @param texts text fields by name ({@code title}, {@code description}, {@code captions}, {@code
 *     transcript}, {@code brand}, {@code attributes.<name>}); blank fields are left out
 * @param price listing price, or null
 * @param currency ISO 4217 currency of the price, or null
 * @param followers followers of the account, 0 when unknown
 * @param liveViewers live viewers of a stream segment, 0 when unknown
 * @param views views of the item, 0 when unknown
 * @param scores model scores by model name, each 0..1
 * @param hashes PDQ hashes of the item's media (supplied upstream or computed here), each looked up
 *     in the market's hash banks
 * @param hasCreator whether a creator account is named
 * @param hasSeller whether a seller account is named
 */
public record ScreeningInput(
    String kind,
    String market,
    String language,
    String sourcePlatform,
    Map<String, String> texts,
    Double price,
    String currency,
    long followers,
    long liveViewers,
    long views,
    Map<String, Double> scores,
    List<MediaHash> hashes,
    boolean hasCreator,
    boolean hasSeller) {}
