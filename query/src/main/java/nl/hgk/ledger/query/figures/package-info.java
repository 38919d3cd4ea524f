/**
 * Regional monitoring figures for analysts: per Veilig Thuis region or municipality, per year or half-year, as
 * Veilig Thuis statistics are published; counts only, never a person, an address or a case id.
 *
 * <h2>How</h2>
 * {@code RegionalFiguresProjection} (processing group {@code regional-figures}, a streaming processor of its own) keeps
 * facts in its own tables ({@code V5__regional_figures.sql}, {@code V8__figures_time_limits.sql}): one row per
 * contact, one per case with the times of its milestones, one per countable case event, one per run of a time limit.
 * Deterministic and rebuildable: rows are keyed by contact, case or event identifier (a run of a time limit by its
 * case, kind, subject and the case event that started it), a first milestone keeps the earliest time, nothing depends
 * on the order of events of different cases
 * (so several segments are safe), and the {@code @ResetHandler} empties the tables for a replay. Triggers on those
 * tables keep counts per region, municipality, month and fact ({@code V54__figures_counts.sql}) in the same
 * transaction, so the query {@link nl.hgk.ledger.query.figures.FindRegionalFigures} (Axon {@code @QueryHandler}, and
 * {@code GET /api/figures} as JSON or CSV) sums a region-year's counts instead of scanning its facts; only the
 * lead-time percentiles and the split of repeat reports by the earlier closure are read from the facts
 * ({@code docs/performance.md}).
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Period.</b> An event counts in the period its timestamp falls in, in Europe/Amsterdam time: year, or
 *   half-year H1 (January-June) / H2 (July-December). A contact counts in the municipality it names; every other figure
 *   in the municipality of its case (that of the case's first contact). A region is the sum of its municipalities
 *   (CBS division of 2025).</li>
 *   <li><b>Advice requests and reports by form</b> (the model is the table of seed 003): a contact about several forms
 *   of violence counts once under each of the categories child abuse, domestic violence and elder abuse that its forms
 *   touch; the categories can add up to more than the total.</li>
 *   <li><b>Reporters:</b> reports by reporter type; reports by professionals by sector.</li>
 *   <li><b>Safety codes:</b> a case's first code, counted when given, by code; later codes as changes.</li>
 *   <li><b>Triage:</b> decisions taken in the period by outcome. A report (contact type REPORT) is triaged by the first
 *   {@code TriageDecided} of its case after it (later in the case's event sequence); it is within the norm when the
 *   decision's day is at most the 5th working day after the day of receipt
 *   ({@link nl.hgk.ledger.calendar.WorkingDays}: Monday to Friday without the holidays of the Algemene termijnenwet),
 *   else late; without such a decision it is not triaged (yet). Share within the norm = within / (within + late) of the
 *   reports received in the period, in percent with one decimal.</li>
 *   <li><b>Lead times:</b> for cases whose first report was received in the period, days (hours / 24, one decimal) from
 *   that report to the case's first code, first coordinator and adopted plan; median and 90th percentile
 *   ({@code percentile_cont}) over the cases that reached the step; a step reached before the first report is left
 *   out.</li>
 *   <li><b>Escalations:</b> raised in the period, by the step raised to.</li>
 *   <li><b>Repeat reports (hermeldingen):</b> reports that opened a case naming an earlier, closed case of the household
 *   ({@code repeatOfCaseId}); within 12 months when received before the same local date and time 12 months after the
 *   earlier case's closure (kept in this projection's own case table). An advice request is not a repeat report.</li>
 *   <li><b>Huisverbod:</b> imposed, extended, ended (by reason), by the time the event was recorded.</li>
 *   <li><b>Closures:</b> by reason. <b>Feedback:</b> reports whose reporter was first informed in the period; of the
 *   reports received in the period from a reporter who can be informed (not anonymous), informed so far or not.</li>
 *   <li><b>Time limits</b> (from {@code TimeLimitSet}, {@code DeadlineMissed}, {@code TimeLimitCleared}), per kind but
 *   the huisverbod's end: a limit counts in the half-year of its last day (Dutch time; the last due moment when it
 *   moved) once it is met (in time, or late) or recorded as missed; a missed limit that is still running or was
 *   withdrawn afterwards is late and not met; one withdrawn before it was missed, or still running unmissed, is not
 *   counted. Share met in time = met in time / due, against the national norms of 90% (triage within 5 working
 *   days) and 80% (investigation within 10 weeks). The triage limit is one per batch of reports waiting for triage,
 *   so it need not agree with the triage figures by report.</li>
 * </ul>
 *
 * <h2>Suppression</h2>
 * Every count from 1 to 4 is shown as {@code <5} without its number, and the answer says so. Secondary suppression
 * ({@link nl.hgk.ledger.query.figures.Suppression}) then withholds, as {@code x}, counts from which a {@code <5} could
 * be worked out: within each table (a total and its breakdown, including overlapping category tables and the link
 * between reports, anonymous reports and reports owed feedback), between a region and its municipalities, and between
 * a year and its half-years. It is decided for the whole region and year at once, so every answer about that region
 * and year is consistent with every other. A share or lead time is withheld when it rests on 1 to 4 reports or cases
 * or on a withheld count. Not protected: a reader combining several tables' equations at once, and differences between
 * answers at two moments of a period that is still running.
 */
package nl.hgk.ledger.query.figures;
