package com.shopwarden.ipr.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of codes or ids (asset ids, Nice classes, market codes, hashes) as one
 * comma-separated column. The values never contain commas: they are ids, codes or hex digits.
 */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? "" : String.join(",", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).toList();
  }
}
