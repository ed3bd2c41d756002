package com.shopwarden.enforcement.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An appeal against a measure: why the appellant thinks it is wrong. */
public record AppealRequest(@NotBlank @Size(max = 5000) String statement) {}
