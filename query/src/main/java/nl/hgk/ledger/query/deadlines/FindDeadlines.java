package nl.hgk.ledger.query.deadlines;

/**
 * Asks for the deadline board: every running time limit of the open cases due within {@code withinWorkingDays}
 * working days from today, overdue ones included, the most urgent first. Answered with a {@link DeadlineBoard}.
 *
 * @param region            a Veilig Thuis region code (VT24), or absent for every region
 * @param organisation      only cases this organisation is involved in, or absent for every organisation
 * @param withinWorkingDays 0 (due today) to {@value #MAX_WORKING_DAYS}
 * @param maxItems          at most this many items, 1 to {@value #MAX_ITEMS}
 */
public record FindDeadlines(String region, String organisation, int withinWorkingDays, int maxItems) {

    public static final int MAX_WORKING_DAYS = 60;
    public static final int MAX_ITEMS = 1000;

    public FindDeadlines {
        if (withinWorkingDays < 0 || withinWorkingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("withinWorkingDays must be 0 to " + MAX_WORKING_DAYS);
        }
        if (maxItems < 1 || maxItems > MAX_ITEMS) {
            throw new IllegalArgumentException("maxItems must be 1 to " + MAX_ITEMS);
        }
    }
}
