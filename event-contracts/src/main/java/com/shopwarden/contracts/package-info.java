/**
 * The event contracts of the governance suite: one record and one JSON Schema (draft 2020-12,
 * {@code schemas/<Event>.v1.json}) per event, the topics, the CloudEvents headers and the JSON
 * codec. Plain Java and Jackson, so every service and tool can use it.
 *
 * <p>Evolution: a producer may add optional fields to a version (consumers ignore unknown fields,
 * and every schema allows additional properties). Removing or renaming a field, making one
 * required, or adding a value to an enum that consumers read are incompatible: they need a new
 * version ({@code .v2}) published beside the old one, or consumers upgraded first.
 *
 * <p>Producer packages: {@code moderation}, {@code ipr}, {@code enforcement}, {@code health},
 * {@code commerce}, {@code notification}. Vocabularies shared by several producers live here.
 */
package com.shopwarden.contracts;
