package com.shopwarden.enforcement.violation;

import com.shopwarden.enforcement.measure.Measure;
import java.util.List;

/**
 * A violation with the measures that answer it.
 *
 * @param created whether this call recorded it ({@code false}: it was recorded before, and the
 *     original is returned unchanged)
 */
public record RecordedViolation(Violation violation, List<Measure> measures, boolean created) {}
