package nl.hgk.ledger.query.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the figures mean, word for word as the answer and the API description give it. Compile-time constants, so that
 * the OpenAPI annotations can use them.
 */
final class FigureDefinitions {

    static final String SUPPRESSION = "These figures must never identify a family. Counts from 1 to 4 are shown as "
            + "\"<5\" (value null). A count of 5 or more from which a \"<5\" could be worked out (from a total and the "
            + "other counts of its table, from the region and its other municipalities, or from the year and its "
            + "other half-year) is withheld as \"x\" (secondary suppression): for every such group, the smallest "
            + "other count is withheld as well, and the total only when no other count is left. A share or lead time "
            + "is withheld as \"x\" when it rests on 1 to 4 reports or cases or on a withheld count. Zero is shown. "
            + "/ Aantallen van 1 tot en met 4 worden weergegeven als \"<5\"; aantallen waaruit een \"<5\" terug te "
            + "rekenen zou zijn, worden weergegeven als \"x\". Deze cijfers mogen nooit tot een gezin herleidbaar zijn.";

    static final String PERIOD = "An event counts in the period its timestamp falls in, in Dutch time "
            + "(Europe/Amsterdam): a year, or a half-year (H1 January to June, H2 July to December). Advice requests "
            + "and reports count in the municipality they name, everything else in the municipality of the case (that "
            + "of its first contact); a region is the sum of its municipalities (CBS division of 2025). Figures of a "
            + "period that is still running change as events arrive.";

    static final String CONTACTS = "Advice requests (adviesvragen) and reports (meldingen) received. A contact about "
            + "several forms of violence counts once under each category it touches (child abuse, domestic violence, "
            + "elder abuse), so the categories together can exceed the total, as in the published Veilig Thuis "
            + "figures.";

    static final String REPORTERS = "Reports received, by the type of reporter; the reports by professionals also by "
            + "their sector.";

    static final String SAFETY_CODES = "Cases given their first safety code in the period, by that code; and later "
            + "codes that replaced an earlier code.";

    static final String TRIAGE = "Triage decisions taken in the period, by where they sent the follow-up. And the "
            + "reports received in the period: a report is triaged by the first triage decision of its case after it "
            + "was received; within the norm when that decision was taken at the latest on the 5th working day after "
            + "the day of receipt (Handelingsprotocol Veilig Thuis), counting Monday to Friday without the public "
            + "holidays of the Algemene termijnenwet (Goede Vrijdag and Bevrijdingsdag included, every year); late when "
            + "after that day; not triaged when its case has no triage decision after it (yet). The share within the "
            + "norm is within / (within + late) in percent, one decimal. These figures are worked out from the times of "
            + "the reports and decisions; the triage limit as each case recorded it is under time limits.";

    static final String LEAD_TIMES = "For the cases whose first report (contact of type REPORT) was received in the "
            + "period: the time from that report to the case's first safety code, first coordinator and adopted family "
            + "plan, in days (hours / 24, one decimal), as the median and the 90th percentile (interpolated, "
            + "PostgreSQL percentile_cont) over the cases that reached the step so far. A step reached before the first "
            + "report (a coordinator on a case opened by an advice request) is left out.";

    static final String ESCALATIONS = "Escalations raised in the period, by the step of the escalation model raised "
            + "to; an urgent skip counts once, at the step reached. A report of inadequate coordination counts at step 4 "
            + "(the Meldpunt appoints a process director), the process director's escalation to the Meldpunt's manager "
            + "at step 5; consulting the parties' managers at step 4 lowers the step and is no escalation.";

    static final String REPEAT_REPORTS = "Repeat reports (hermeldingen): reports that opened a new case in the "
            + "period for a household whose earlier case was closed. Within 12 months when received before the same "
            + "date and time 12 months after the earlier case's closure, in Dutch time; else 12 months or more. An "
            + "advice request that opens a new case is not a repeat report.";

    static final String HUISVERBOD = "Huisverboden recorded in the period as imposed, extended and ended (by the "
            + "time they were recorded, not the dates the order names); the ended ones by why they ended.";

    static final String CLOSURES = "Cases closed in the period, by the reason of closure.";

    static final String FEEDBACK = "Feedback to the reporters of reports (terugkoppeling): the reports whose reporter "
            + "was first informed in the period; and of the reports received in the period from a reporter who can be "
            + "informed (not anonymous), how many reporters have been informed so far.";

    static final String PROVIDER_NOTICES = "Notices that the help for a task of the family plan was broken off early, "
            + "and of a client's repeated no-shows, which the organisation owning the task gave the coordinator (seed "
            + "000 B2 §2.3), counted in the period they were given, by the type of that organisation as recorded with "
            + "the notice: a care provider, a local team, Veilig Thuis or child protection (OTHER: any other or none "
            + "recorded). A notice of no-shows counts once, however many appointments it tells of. Both are "
            + "stagnation signals for the coordinator; they are counted to see how the chain carries out its plans "
            + "(seed 000 ch. 6: process evaluation of 1 gezin 1 plan; seed 004 §4.3: the quality of the chain "
            + "approach and indicators per organisation).";

    static final String TIME_LIMITS = "The time limits the ledger records for each case (docs/time-limits.md), per kind: "
            + "triage within 5 working days of a report, a Veilig Thuis investigation completed within 10 weeks of its "
            + "start, a process director within 2 working days of escalation step 4, the care meeting the process "
            + "director calls (urgent: within 2 working days; otherwise by the date set; seed 000 B2 §5.2.3), "
            + "an oral administrative decision confirmed in writing within 24 hours, the family plan "
            + "evaluated by each evaluation date, each plan task done by its due date (the end of a huisverbod is a "
            + "term, not a limit to meet, and is not counted). A limit counts in the period of its last day, in "
            + "Dutch time (a limit running until the end of 30 June is one of the first half-year); when its due "
            + "moment moved, of the last one. Counted are the limits met and the limits "
            + "missed: met in time (at or before the due moment), late when met after it, or recorded as missed "
            + "(DeadlineMissed) and not met (still running, overdue, or withdrawn after it was missed). A limit that "
            + "is still running and not recorded as missed is not counted yet, nor one withdrawn before its due moment "
            + "(it no longer applied: the case was closed, left the escalation step, or the plan dropped it). The share "
            + "met in time is met in time / (met in time + late) in percent, one decimal. National norms "
            + "(landelijke normen): 90% of reports triaged within 5 working days, 80% of investigations completed "
            + "within 10 weeks; the region or municipality meets the norm when its share, before rounding, is at "
            + "least the norm. The triage limit differs from the triage figures by report: reports that arrive while "
            + "the case waits for triage share one limit, which runs from the first of them, and it counts in the "
            + "period of its due moment, not of the report's receipt. / Termijnen: het aandeel op tijd gehaalde "
            + "termijnen per soort, tegen de landelijke normen (90% van de meldingen binnen 5 werkdagen getrieerd, "
            + "80% van de onderzoeken binnen 10 weken afgerond).";

    /** @return every definition by its subject, in the order published */
    static Map<String, String> all() {
        Map<String, String> definitions = new LinkedHashMap<>();
        definitions.put("period", PERIOD);
        for (FigureCatalogue.Section section : FigureCatalogue.SECTIONS) {
            definitions.put(section.key(), section.definition());
        }
        return definitions;
    }

    private FigureDefinitions() {
    }
}
