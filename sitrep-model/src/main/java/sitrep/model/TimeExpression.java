package sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A temporal expression with its TIMEX3 type and value ({@code 2021-06-28}, {@code XXXX-06-28},
 * {@code P1W}, {@code PRESENT_REF}) and, for dates, the calendar interval it denotes.
 *
 * @param anchor what a relative expression was resolved against ({@code published:2021-07-08},
 *     {@code previous:2021-06-27}), null for absolute expressions
 * @param date the date interval for DATE expressions that could be placed on a calendar
 */
public record TimeExpression(
    Span span, String text, TimexType type, String value, @Nullable String anchor,
    @Nullable DateValue date) {}
