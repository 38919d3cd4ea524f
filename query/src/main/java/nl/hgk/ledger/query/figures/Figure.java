package nl.hgk.ledger.query.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One figure: a count, a share in percent, a lead time in days, or whether a national norm is met.
 *
 * @param key        stable name, e.g. {@code contacts.reports.CHILD_ABUSE}
 * @param label      what it counts
 * @param unit       {@code count}, {@code percent}, {@code days} or {@code yes/no}
 * @param value      the number (for {@code yes/no}: 1 or 0); null when suppressed or when there is nothing to compute
 *                   it from
 * @param display    how to show it: the number ({@code yes} or {@code no} for {@code yes/no}), {@code <5} (a count
 *                   from 1 to 4), {@code x} (withheld so that a small
 *                   count cannot be worked out, or resting on too few cases) or {@code n/a} (nothing to compute)
 * @param suppressed whether the number is withheld
 */
@Schema(description = "One figure; a suppressed figure has no value, only its display (\"<5\" or \"x\")")
public record Figure(String key, String label, String unit,
                     @JsonInclude(JsonInclude.Include.ALWAYS) Number value,
                     String display, boolean suppressed) {

    /** shown for a count from 1 to 4 */
    public static final String SMALL = "<5";
    /** shown for a figure withheld for another reason */
    public static final String WITHHELD = "x";
    /** shown for a share or lead time when there is nothing to compute it from */
    public static final String NOT_APPLICABLE = "n/a";
}
