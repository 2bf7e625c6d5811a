package org.tierwise.school;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Measure} as its published text. */
@Converter(autoApply = true)
class MeasureConverter implements AttributeConverter<Measure, String> {

    @Override
    public String convertToDatabaseColumn(Measure measure) {
        return measure == null ? null : measure.text();
    }

    @Override
    public Measure convertToEntityAttribute(String text) {
        return Measure.parse(text);
    }
}
