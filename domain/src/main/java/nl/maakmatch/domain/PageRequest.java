package nl.maakmatch.domain;

/**
 * Which page of a longer list to show.
 *
 * @param number 0-based
 * @param size how many entries a page holds, from 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int number, int size) {

  /** More than this per page is a request for everything, which a list should not serve. */
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (number < 0) {
      throw new IllegalArgumentException("page number " + number + " is negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size " + size + " is not between 1 and " + MAX_SIZE);
    }
  }

  /** How many entries come before this page. */
  public long offset() {
    return (long) number * size;
  }
}
