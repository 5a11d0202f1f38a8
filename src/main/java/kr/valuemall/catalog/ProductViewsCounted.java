package kr.valuemall.catalog;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many times each product page was opened on a day (Korea's date), since the last
 * count an app instance sent. Counts from several instances add up.
 */
public record ProductViewsCounted(LocalDate day, Map<Long, Long> views) {

}
