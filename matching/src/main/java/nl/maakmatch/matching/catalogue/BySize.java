package nl.maakmatch.matching.catalogue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.maakmatch.matching.firm.SizeClass;

/**
 * A term that may differ by firm size, as many Dutch schemes set rates per small, medium and large
 * enterprise (e.g. Innovatiekrediet 45% / 35% / 25%). A micro firm falls back to the small value,
 * as GBER counts micro enterprises as small.
 *
 * @param anySize the value for sizes without their own; null when there is none
 */
public record BySize<T>(T anySize, Map<SizeClass, T> perSize) {

  public BySize {
    perSize = perSize.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(perSize));
  }

  public static <T> BySize<T> none() {
    return new BySize<>(null, Map.of());
  }

  public static <T> BySize<T> of(T value) {
    return new BySize<>(value, Map.of());
  }

  public Optional<T> forSize(SizeClass size) {
    T value = perSize.get(size);
    if (value == null) {
      value = perSize.get(size.forRates());
    }
    return Optional.ofNullable(value != null ? value : anySize);
  }

  public boolean isEmpty() {
    return anySize == null && perSize.isEmpty();
  }
}
