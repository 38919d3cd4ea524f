package nl.hgk.ledger.query.deadlines;

/**
 * Asks for the deadline board: every running time limit of the open cases due within {@code withinWorkingDays}
 * working days from today, overdue ones included, the most urgent first. Answered with a {@link DeadlineBoard}.
 *
 * @param region            a Veilig Thuis region code (VT24), or absent for every region
 * @param organisation      only cases this organisation is involved in, or absent for every organisation
 * @param withinWorkingDays 0 (due today) to {@value #MAX_WORKING_DAYS}
 * @param maxItems          at most this many items, 1 to {@value #MAX_ITEMS}
 * @param scope             whose board it is: only the cases of their region or that their organisation is involved
 *                          in, whatever {@code region} and {@code organisation} ask for
 */
public record FindDeadlines(String region, String organisation, int withinWorkingDays, int maxItems, Scope scope) {

    /**
     * The cases a reader may see on the board: those of {@code region} and those {@code organisation} is involved in.
     * Either may be absent; with both absent the board is empty.
     */
    public record Scope(String region, String organisation) {
    }

    public static final int MAX_WORKING_DAYS = 60;
    public static final int MAX_ITEMS = 1000;

    public FindDeadlines {
        if (withinWorkingDays < 0 || withinWorkingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("withinWorkingDays must be 0 to " + MAX_WORKING_DAYS);
        }
        if (maxItems < 1 || maxItems > MAX_ITEMS) {
            throw new IllegalArgumentException("maxItems must be 1 to " + MAX_ITEMS);
        }
        if (scope == null) {
            // there is no board of everything: a query always says whose board it is
            throw new IllegalArgumentException("a scope is required");
        }
    }
}
