package nl.maakmatch.domain.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A uuid column that may be empty. EclipseLink's own UUID conversion fails on a NULL it reads; the
 * PostgreSQL driver already hands over {@link UUID}s, so this only lets NULL through.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID attribute) {
    return attribute;
  }

  @Override
  public UUID convertToEntityAttribute(Object column) {
    if (column == null || column instanceof UUID) {
      return (UUID) column;
    }
    return UUID.fromString(column.toString());
  }
}
