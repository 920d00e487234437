package uk.safeguard.reporting.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguard.reporting.Rag;
import uk.safeguard.reporting.Unit;

/** How the dashboard, the pack and the exports write figures, months and red/amber/green: one way everywhere. */
public final class DashboardFormat {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private DashboardFormat() {
    }

    /** A value with its unit, e.g. "85.7%", "1,204", "42.1 per 10,000 children", "15.4"; "No figure" when null. */
    public static String value(Double value, Unit unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "No figure";
        }
        return switch (unit) {
            case PERCENT -> number(value) + "%";
            case COUNT -> whole(value);
            case PER_10000 -> number(value) + " per 10,000 children";
            case AVERAGE -> number(value);
        };
    }

    /** A value with a short unit for chart axes and labels: "85.7%", "1,204", "42.1". */
    public static String shortValue(Double value, Unit unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "none";
        }
        return unit == Unit.PERCENT ? number(value) + "%" : unit == Unit.COUNT ? whole(value) : number(value);
    }

    /** One decimal place at most, thousands separated: 85.7, 1,204, 15. */
    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    static String whole(double value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    public static String month(YearMonth month) {
        return month.format(MONTH);
    }

    /** "1 April 2026". */
    public static String day(java.time.LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    public static String shortMonth(YearMonth month) {
        return month.format(SHORT_MONTH);
    }

    /** As {@link #ragLabel(Rag)}, but a figure that has a target and no value says so rather than "No target". */
    public static String ragLabel(Rag rag, Double target) {
        return (rag == null || rag == Rag.NONE) && target != null ? "Not rated: no figure" : ragLabel(rag);
    }

    public static String ragWord(Rag rag, Double target) {
        return (rag == null || rag == Rag.NONE) && target != null ? "Not rated" : ragWord(rag);
    }

    /** The words shown with the colour (WCAG 1.4.1: colour is never the only sign). */
    public static String ragLabel(Rag rag) {
        return switch (rag == null ? Rag.NONE : rag) {
            case RED -> "Red: off target";
            case AMBER -> "Amber: near target";
            case GREEN -> "Green: on target";
            case NONE -> "No target";
        };
    }

    /** The short word for tables and exports. */
    public static String ragWord(Rag rag) {
        return switch (rag == null ? Rag.NONE : rag) {
            case RED -> "Red";
            case AMBER -> "Amber";
            case GREEN -> "Green";
            case NONE -> "No target";
        };
    }

    /** The GOV.UK tag colour class (the text beside it says the same thing). */
    public static String ragClass(Rag rag) {
        return switch (rag == null ? Rag.NONE : rag) {
            case RED -> "govuk-tag--red";
            case AMBER -> "govuk-tag--yellow";
            case GREEN -> "govuk-tag--green";
            case NONE -> "govuk-tag--grey";
        };
    }
}
