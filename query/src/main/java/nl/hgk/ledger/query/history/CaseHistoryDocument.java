package nl.hgk.ledger.query.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.deadlines.Overdue;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.reference.Municipalities;
import nl.hgk.ledger.reference.Municipality;
import org.springframework.web.util.HtmlUtils;

/**
 * The case history as a printable HTML document in Dutch, for an inspector's file: the header (case, the moment of
 * the state, when it was drawn up), the table of events, the state of the case at that moment, and, apart and
 * marked confidential, the personal data of the people involved. Laid out for A4 paper.
 * <p>
 * Of the personal data only what identifies a person within the case is printed (role, name, date of birth) and a
 * client's opinion on the plan; BSN, address and notes stay in the JSON export. The plan's goals, tasks and safety
 * agreements are printed in the state as the users wrote them.
 * <p>
 * Every value is HTML-escaped where it is written, labels included: reasons, goals and opinions are free text typed by
 * users and must be printed as text, never run as markup or script. Only the fixed markup of this class is not.
 */
final class CaseHistoryDocument {

    private static final Municipalities MUNICIPALITIES = Municipalities.load();
    private static final String NONE = "—";

    private static final String STYLE = """
            @page { size: A4; margin: 15mm 12mm 15mm 12mm; }
            body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 10pt; color: #000; margin: 0 auto;
                   max-width: 190mm; line-height: 1.3; }
            h1 { font-size: 18pt; margin: 0 0 4mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; border-bottom: 1px solid #000; }
            h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
            th, td { border: 1px solid #888; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top;
                     overflow-wrap: anywhere; }
            th { background: #eee; font-weight: bold; }
            table.kop th, table.stand th { width: 42mm; }
            table.gebeurtenissen { font-size: 8.5pt; }
            table.gebeurtenissen td.nr { text-align: right; width: 7mm; }
            table.gebeurtenissen td.tijd { white-space: nowrap; width: 31mm; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; break-inside: avoid; }
            .vertrouwelijk { font-weight: bold; }
            .persoonsgegevens { border: 2px solid #000; padding: 0 3mm 2mm 3mm; margin-top: 7mm; }
            .noot { font-size: 8.5pt; color: #333; }
            @media print {
              body { max-width: none; }
              th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .persoonsgegevens { page-break-before: always; break-before: page; }
            }
            """;

    private final StringBuilder html = new StringBuilder(16_384);

    private CaseHistoryDocument() {
    }

    /** @return the whole document, UTF-8 text */
    static String render(CaseHistory history) {
        return new CaseHistoryDocument().document(history);
    }

    private String document(CaseHistory history) {
        CaseState state = history.state();
        String moment = history.asOf() == null ? "heden" : DutchTime.moment(history.asOf());
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc("Dossierhistorie casus " + history.caseId())).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n");

        html.append("<header>\n<h1>Dossierhistorie</h1>\n");
        html.append("<p class=\"vertrouwelijk\">Vertrouwelijk: dossier huiselijk geweld en kindermishandeling.</p>\n");
        html.append("<table class=\"kop\">\n");
        row("Casus", String.valueOf(history.caseId()));
        row("Stand per", history.asOf() == null
                ? "heden: alle gebeurtenissen tot het opstellen van dit document"
                : DutchTime.moment(history.asOf()) + " (" + history.asOf() + ")");
        row("Opgesteld op", DutchTime.moment(history.generatedAt()));
        List<HistoryEntry> entries = history.entries();
        row("Bron", "de event store van het grootboek: " + entries.size()
                + (entries.size() == 1 ? " gebeurtenis" : " gebeurtenissen") + ", volgnummer "
                + entries.get(0).sequenceNumber() + " tot en met " + entries.get(entries.size() - 1).sequenceNumber());
        html.append("</table>\n<p class=\"noot\">")
                .append(esc("Tijden in Nederlandse tijd (Europe/Amsterdam). De JSON-export bevat de exacte tijden in "
                        + "UTC en de kenmerken van de gebeurtenissen."))
                .append("</p>\n</header>\n");

        entries(entries);
        state(state, moment, history.asOf() == null ? history.generatedAt() : history.asOf());
        personalData(state);

        html.append("<footer>\n<p class=\"noot\">")
                .append(esc("Einde van de dossierhistorie van casus " + history.caseId() + ", stand per " + moment
                        + ", opgesteld op " + DutchTime.moment(history.generatedAt()) + "."))
                .append("</p>\n</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** an imported step in words: its moment and people are the former registration's, not seen by the ledger */
    static String imported(HistoryEntry entry) {
        return "ingelezen uit de vorige registratie op " + DutchTime.moment(entry.importedAt()) + " door "
                + entry.importedBy();
    }

    private void entries(List<HistoryEntry> entries) {
        html.append("<section>\n<h2>Gebeurtenissen</h2>\n<table class=\"gebeurtenissen\">\n<thead><tr>");
        for (String heading : List.of("#", "Tijd", "Wie", "Organisatie", "Rol", "Wat", "Reden")) {
            html.append("<th>").append(esc(heading)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (HistoryEntry entry : entries) {
            html.append("<tr><td class=\"nr\">").append(esc(String.valueOf(entry.sequenceNumber())))
                    .append("</td><td class=\"tijd\">").append(esc(DutchTime.moment(entry.timestamp())))
                    .append("</td><td>").append(esc(entry.user()))
                    .append("</td><td>").append(esc(entry.organisation()))
                    .append("</td><td>").append(esc(DutchLabels.actorRole(entry.role())))
                    .append("</td><td>").append(esc(entry.description()))
                    .append(esc(entry.importedBy() == null ? "" : " (" + imported(entry) + ")"))
                    .append("</td><td>").append(esc(entry.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** @param at the moment the state is shown at: a limit is overdue then by the one rule ({@link Overdue}) */
    private void state(CaseState state, String moment, Instant at) {
        html.append("<section>\n<h2>").append(esc("Stand van de casus per " + moment)).append("</h2>\n");
        html.append("<table class=\"stand\">\n");
        row("Status", state.getStatus() == null ? null : DutchLabels.status(state.getStatus())
                + (state.getClosedAt() == null ? ""
                : " sinds " + DutchTime.moment(state.getClosedAt()) + ": "
                + DutchLabels.closureReason(state.getClosureReason())));
        row("Geopend op", DutchTime.moment(state.getOpenedAt()));
        row("Gemeente", municipality(state));
        if (state.getRepeatOfCaseId() != null) {
            row("Hermelding van", "casus " + state.getRepeatOfCaseId());
        }
        CaseState.Code code = state.getCode();
        row("Veiligheidscode", code == null ? "nog niet toegekend"
                : DutchLabels.code(code.code())
                + (code.processDirection() == null ? ""
                : "; procesregie bij " + DutchLabels.processDirection(code.processDirection()))
                + "; toegekend op " + DutchTime.moment(code.assignedAt()) + by(code.assignedBy()));
        CaseState.Triage triage = state.getTriage();
        row("Triagebesluit", triage == null ? "nog niet genomen"
                : DutchLabels.triageOutcome(triage.outcome()) + "; op " + DutchTime.moment(triage.decidedAt())
                + by(triage.decidedBy()));
        row("Onderzoek Veilig Thuis", investigation(state.getInvestigation()));
        CaseState.Coordination coordination = state.getCoordination();
        row("Zorgcoördinator", coordination == null ? "nog niet aangesteld"
                : coordination.coordinator().userId() + " (" + coordination.coordinator().organisation() + "), sinds "
                + DutchTime.moment(coordination.since()));
        CaseState.Plan plan = state.getPlan();
        row("Gezinsplan", plan == null ? "nog niet vastgesteld"
                : "versie " + plan.planVersion() + ", vastgesteld op " + DutchTime.moment(plan.adoptedAt())
                + by(plan.adoptedBy()));
        CaseState.Escalation escalation = state.getEscalation();
        row("Open opschaling", escalation == null ? "geen"
                : DutchLabels.escalationStep(escalation.step()) + ", sinds " + DutchTime.moment(escalation.raisedAt())
                + by(escalation.raisedBy())
                + (escalation.urgencyReason() == null ? "" : "; urgentie: " + escalation.urgencyReason()));
        row("Open stagnatiesignalen", state.getStagnationSignals().isEmpty() ? "geen"
                : state.getStagnationSignals().stream().map(signal -> DutchLabels.noticeKind(signal.kind()) + " ("
                        + signal.raisedBy() + ", " + DutchTime.moment(signal.raisedAt()) + ")")
                .collect(Collectors.joining("; ")));
        CaseState.Huisverbod huisverbod = state.getHuisverbod();
        row("Tijdelijk huisverbod", huisverbod == null ? "geen lopend huisverbod"
                : "lopend: van " + DutchTime.day(huisverbod.imposedOn()) + " tot " + DutchTime.day(huisverbod.endsOn())
                + ", opgelegd aan " + HistoryDescriptions.person(huisverbod.personId(), state));
        row("Lopende termijnen", state.getTimeLimits().isEmpty() ? "geen"
                : state.getTimeLimits().stream().map(limit -> DutchLabels.timeLimit(limit.limit()) + ": "
                        + DutchTime.due(limit.dueAt())
                        + (Overdue.at(limit.dueAt(), limit.overdue(), at) ? " (verstreken)" : ""))
                .collect(Collectors.joining("; ")));
        row("Betrokkenen", state.getMembers().isEmpty() ? "geen"
                : state.getMembers().size() + " (" + state.getMembers().stream()
                .map(member -> DutchLabels.personRole(member.role())).collect(Collectors.joining(", "))
                + "); persoonsgegevens apart, aan het eind");
        row("Betrokken organisaties", state.getOrganisations().isEmpty() ? "geen"
                : String.join(", ", state.getOrganisations()));
        row("Versie", String.valueOf(state.getVersion()));
        html.append("</table>\n");

        reports(state.getReports());
        if (plan != null) {
            plan(plan, state);
        }
        html.append("</section>\n");
    }

    private void reports(List<CaseState.Report> reports) {
        html.append("<h3>Meldingen en adviesvragen</h3>\n<table>\n<thead><tr>");
        for (String heading : List.of("Ontvangen", "Soort", "Melder", "Over", "Vastgelegd door", "Melder teruggekoppeld")) {
            html.append("<th>").append(esc(heading)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (CaseState.Report report : reports) {
            String reporter = report.reporterType() == null ? null : DutchLabels.reporterType(report.reporterType())
                    + (report.reporterSector() == null ? "" : " (" + DutchLabels.sector(report.reporterSector()) + ")");
            html.append("<tr>");
            cell(DutchTime.moment(report.receivedAt()));
            cell(report.contactType() == null ? null : DutchLabels.contactType(report.contactType()));
            cell(reporter);
            cell(forms(report.formsOfViolence()));
            cell(actor(report.receivedBy()));
            cell(report.reporterInformed() ? "ja" : "nee");
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void plan(CaseState.Plan plan, CaseState state) {
        FamilyPlan content = plan.content();
        html.append("<h3>").append(esc("Gezinsplan versie " + plan.planVersion())).append("</h3>\n");
        html.append("<table>\n<thead><tr><th>Leefgebied</th><th>Doel</th></tr></thead>\n<tbody>\n");
        for (Goal goal : nonNull(content.goals())) {
            html.append("<tr>");
            cell(goal.lifeDomain() == null ? null : DutchLabels.lifeDomain(goal.lifeDomain()));
            cell(goal.description());
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<table>\n<thead><tr><th>Taak</th><th>Uitvoerder</th><th>Uiterlijk</th>"
                + "<th>Stand</th></tr></thead>\n<tbody>\n");
        for (PlanTask task : nonNull(content.tasks())) {
            html.append("<tr>");
            cell(task.description());
            cell(task.ownerOrganisation());
            cell(task.dueDate() == null ? null : DutchTime.day(task.dueDate()));
            cell(task.status() == null ? null : DutchLabels.taskStatus(task.status()));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<table class=\"stand\">\n");
        row("Veiligheidsafspraken", nonNull(content.safetyAgreements()).isEmpty() ? "geen"
                : String.join("; ", content.safetyAgreements()));
        row("Evaluatiedata", nonNull(content.evaluationDates()).isEmpty() ? "geen"
                : content.evaluationDates().stream().sorted().map(DutchTime::day).collect(Collectors.joining(", ")));
        row("Instemming", nonNull(content.consents()).isEmpty() ? "geen vastgelegd"
                : content.consents().stream().map(consent -> HistoryDescriptions.consent(consent, state))
                        .collect(Collectors.joining("; ")));
        html.append("</table>\n");
    }

    /** The personal data, apart from the rest and marked so: it is what makes the printed history identifying. */
    private void personalData(CaseState state) {
        html.append("<section class=\"persoonsgegevens\">\n<h2>Persoonsgegevens van betrokkenen</h2>\n")
                .append("<p class=\"vertrouwelijk\">")
                .append(esc("Vertrouwelijk: bijzondere persoonsgegevens. Alleen gebruiken voor het toezicht op "
                        + "deze casus; niet verder verspreiden."))
                .append("</p>\n<table>\n<thead><tr><th>Rol</th><th>Naam</th><th>Geboortedatum</th>"
                        + "<th>Genoemd in melding van</th></tr></thead>\n<tbody>\n");
        for (CaseState.Member member : state.getMembers()) {
            PersonalData data = member.personalData();
            html.append("<tr>");
            cell(HistoryDescriptions.person(member.personId(), state));
            cell(data == null ? null : data.displayName());
            cell(data == null || data.birthDate() == null ? null : DutchTime.day(data.birthDate()));
            cell(state.getReports().stream().filter(report -> report.reportId().equals(member.reportId()))
                    .map(report -> DutchTime.moment(report.receivedAt())).findFirst().orElse(null));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        List<Consent> opinions = state.getPlan() == null ? List.of() : nonNull(state.getPlan().content().consents())
                .stream().filter(consent -> consent.clientOpinion() != null
                        && (consent.clientOpinion().note() != null || consent.clientOpinion().erased()))
                .toList();
        if (!opinions.isEmpty()) {
            html.append("<h3>Mening van de cliënt bij de instemming met het gezinsplan</h3>\n<table>\n<thead><tr>"
                    + "<th>Wie</th><th>Besluit</th><th>Mening</th></tr></thead>\n<tbody>\n");
            for (Consent consent : opinions) {
                html.append("<tr>");
                cell(HistoryDescriptions.person(consent.personId(), state));
                cell(DutchLabels.consent(consent.decision())
                        + (consent.decidedBy() == ConsentDecider.LEGAL_REPRESENTATIVE ? " (wettelijk vertegenwoordiger)" : ""));
                cell(consent.clientOpinion().erased() ? PersonalData.ERASED_LABEL : consent.clientOpinion().note());
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("<p class=\"noot\">")
                .append(esc("BSN, adressen en notities over personen staan niet in dit document; de JSON-export van "
                        + "de stand bevat ze zoals de meldingen ze vastlegden. Contactgegevens van melders staan in "
                        + "geen van beide."))
                .append("</p>\n</section>\n");
    }

    private static String investigation(CaseState.Investigation investigation) {
        if (investigation == null) {
            return "geen";
        }
        if (investigation.running()) {
            return "loopt, gestart op " + DutchTime.moment(investigation.startedAt());
        }
        return "afgerond op " + DutchTime.moment(investigation.concludedAt()) + ": "
                + DutchLabels.conclusion(investigation.conclusion())
                + (investigation.startedAt() == null ? "" : " (gestart op " + DutchTime.moment(investigation.startedAt())
                + ")");
    }

    private static String municipality(CaseState state) {
        if (state.getMunicipality() == null) {
            return null;
        }
        return MUNICIPALITIES.find(state.getMunicipality()).map(Municipality::name)
                .map(name -> name + " (" + state.getMunicipality() + ")")
                .orElse(state.getMunicipality().toString());
    }

    private static String forms(Set<FormOfViolence> forms) {
        return forms == null ? null
                : forms.stream().sorted().map(DutchLabels::form).collect(Collectors.joining(", "));
    }

    private static String by(CaseState.Actor actor) {
        String who = actor(actor);
        return who == null ? "" : " door " + who;
    }

    private static String actor(CaseState.Actor actor) {
        if (actor == null || actor.user() == null) {
            return null;
        }
        return actor.user() + (actor.organisation() == null ? "" : " (" + actor.organisation() + ")");
    }

    private static <T> List<T> nonNull(List<T> items) {
        return items == null ? List.of() : items;
    }

    private void row(String label, String value) {
        html.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private void cell(String value) {
        html.append("<td>").append(esc(value)).append("</td>");
    }

    /** @return the text with {@code < > & " '} escaped, so that it can only ever be text; a dash for nothing */
    static String esc(String text) {
        return HtmlUtils.htmlEscape(Objects.requireNonNullElse(text, NONE), StandardCharsets.UTF_8.name());
    }
}
