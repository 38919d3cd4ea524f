package nl.hgk.ledger.query.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import nl.hgk.ledger.events.careavoidance.ActionPlanDrawnUp;
import nl.hgk.ledger.events.careavoidance.CareAvoidanceRecorded;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.delivery.ClientTransferred;
import nl.hgk.ledger.events.delivery.DeliveryNotice;
import nl.hgk.ledger.events.delivery.HelpEnded;
import nl.hgk.ledger.events.delivery.HelpStarted;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.delivery.OtherPartyProposed;
import nl.hgk.ledger.events.delivery.StagnationSignal;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionConfirmed;
import nl.hgk.ledger.events.escalation.AdministrativeDecisionTaken;
import nl.hgk.ledger.events.escalation.CareMeetingCalled;
import nl.hgk.ledger.events.escalation.CareMeetingHeld;
import nl.hgk.ledger.events.escalation.CareOrderConcluded;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CaseConferenceHeld;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import nl.hgk.ledger.events.escalation.EscalatedToMeldpuntManager;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.escalation.InadequateCoordinationReported;
import nl.hgk.ledger.events.escalation.PartyManagersConsulted;
import nl.hgk.ledger.events.coordination.FamilyPlanEvaluated;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.FamilyPlanRevised;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.ProcessDirectorAppointed;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationResolved;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodExtended;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.intake.Reporter;
import nl.hgk.ledger.events.intake.ReporterInformed;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.reference.Municipalities;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What each event means, in one plain Dutch sentence for the inspector: "Veiligheidscode ORANJE toegekend (was
 * GROEN); procesregie bij Veilig Thuis".
 * <p>
 * A description never contains personal data: no name, BSN, address, birth date or note from the event, and no free
 * text that the published language keeps inside {@code PersonalData} (a client's opinion). People are named by their
 * role in the case ("de pleger"), which is why a description is made with the state of the case just before the
 * event: that state knows the role of every person id. Free text about the work itself (goals, tasks, safety
 * agreements, a care order's form of care, a step-5 escalation's bottleneck and advice, a report of inadequate
 * coordination's concern) is left out too; the history counts it, the state shows it. The one free text a description
 * carries is an escalation's urgency, which is the reason for skipping steps, as the reason of any event is shown.
 */
final class HistoryDescriptions {

    private static final Municipalities MUNICIPALITIES = Municipalities.load();

    /** The start of the description of an event type this version does not know (added later). */
    static final String UNKNOWN = "Gebeurtenis van een onbekend soort";

    private HistoryDescriptions() {
    }

    /**
     * @param event  the event to describe
     * @param before the state of the case after the events before this one (empty before the first)
     * @return the event in plain Dutch, without personal data
     */
    static String describe(DomainEventMessage<?> event, CaseState before) {
        Object payload = event.getPayload();
        if (payload instanceof ReportReceived received) {
            return received(received, before);
        } else if (payload instanceof CodeAssigned assigned) {
            return code(assigned, before);
        } else if (payload instanceof TriageDecided decided) {
            return "Triagebesluit: " + DutchLabels.triageOutcome(decided.outcome());
        } else if (payload instanceof InvestigationStarted) {
            return "Onderzoek door Veilig Thuis gestart";
        } else if (payload instanceof InvestigationConcluded concluded) {
            return "Onderzoek door Veilig Thuis afgerond: " + DutchLabels.conclusion(concluded.conclusion());
        } else if (payload instanceof CoordinatorAppointed appointed) {
            return "Zorgcoördinator aangesteld: " + coordinator(appointed.coordinator(), before);
        } else if (payload instanceof CoordinatorReplaced replaced) {
            return "Zorgcoördinator vervangen: " + coordinator(replaced.next(), before) + " in plaats van "
                    + coordinator(replaced.previous(), before);
        } else if (payload instanceof FamilyPlanAdopted adopted) {
            return "Gezinsplan versie " + adopted.planVersion() + " vastgesteld: " + plan(adopted.plan(), before);
        } else if (payload instanceof FamilyPlanRevised revised) {
            return "Gezinsplan versie " + revised.planVersion() + " vastgesteld"
                    + (before.getPlan() == null ? "" : " (vervangt versie " + before.getPlan().planVersion() + ")")
                    + ": " + plan(revised.plan(), before);
        } else if (payload instanceof EscalationRaised raised) {
            return escalation(raised);
        } else if (payload instanceof ProcessDirectorAppointed appointed) {
            return "Procesregisseur aangesteld: " + appointed.processDirector().userId() + " ("
                    + appointed.processDirector().organisation() + ")";
        } else if (payload instanceof EscalationResolved resolved) {
            return "Opschaling afgerond op " + DutchLabels.escalationStep(resolved.step())
                    + "; terug naar de reguliere regie";
        } else if (payload instanceof HuisverbodImposed imposed) {
            return "Tijdelijk huisverbod opgelegd" + onTheMayorsBehalf(event, before) + " op "
                    + DutchTime.day(imposed.imposedOn()) + " tot " + DutchTime.day(imposed.endsOn()) + " aan "
                    + person(imposed.personId(), before);
        } else if (payload instanceof HuisverbodExtended extended) {
            return "Tijdelijk huisverbod verlengd tot " + DutchTime.day(extended.endsOn())
                    + (extended.previousEndsOn() == null ? ""
                    : " (was tot " + DutchTime.day(extended.previousEndsOn()) + ")");
        } else if (payload instanceof HuisverbodEnded ended) {
            return "Tijdelijk huisverbod beëindigd op " + DutchTime.day(ended.endedOn()) + ": "
                    + DutchLabels.huisverbodEndReason(ended.reason());
        } else if (payload instanceof ReporterInformed informed) {
            return reporterInformed(informed, before);
        } else if (payload instanceof CaseClosed closed) {
            return "Casus afgesloten: " + DutchLabels.closureReason(closed.reason());
        } else if (payload instanceof DeadlineMissed missed) {
            return "Termijn verstreken: " + DutchLabels.timeLimit(missed.limit()) + " ("
                    + DutchTime.due(missed.dueAt()) + ")";
        } else if (payload instanceof TimeLimitSet set) {
            return "Termijn loopt: " + DutchLabels.timeLimit(set.limit()) + ", "
                    + DutchTime.due(set.dueAt());
        } else if (payload instanceof TimeLimitCleared cleared) {
            return "Termijn " + DutchLabels.timeLimitOutcome(cleared.outcome()) + ": "
                    + DutchLabels.timeLimit(cleared.limit()) + " (" + DutchTime.due(cleared.dueAt()) + ")";
        } else if (payload instanceof CaseConferenceHeld held) {
            return "Casusoverleg (stap 2) gehouden op " + DutchTime.day(held.heldOn());
        } else if (payload instanceof CareMeetingCalled called) {
            return "Zorgoverleg bijeengeroepen door de procesregisseur (stap 4): " + (called.urgent()
                    ? "met spoed, binnen 2 werkdagen" : "uiterlijk op " + DutchTime.day(called.meetBy()));
        } else if (payload instanceof CareMeetingHeld held) {
            return "Zorgoverleg (stap 4) gehouden op " + DutchTime.day(held.heldOn());
        } else if (payload instanceof AdministrativeDecisionTaken taken) {
            // the decision's text stays in the state, like the plan's: the history counts, the state shows
            return "Bestuurlijk besluit (stap 5) mondeling genomen op " + DutchTime.moment(taken.decidedAt())
                    + "; schriftelijke bevestiging binnen 24 uur";
        } else if (payload instanceof AdministrativeDecisionConfirmed) {
            return "Bestuurlijk besluit schriftelijk bevestigd";
        } else if (payload instanceof PersonErased erasure) {
            return "Persoonsgegevens verwijderd van " + subject(erasure.personId(), before)
                    + "; de rest van de casus blijft bewaard";
        } else if (payload instanceof FamilyPlanEvaluated evaluated) {
            return "Gezinsplan versie " + evaluated.planVersion() + " geëvalueerd (evaluatiedatum "
                    + DutchTime.day(evaluated.evaluationDate()) + ")";
        } else if (payload instanceof InadequateCoordinationReported reported) {
            // the concern stays in the state, like a decision's text: the history says what happened
            return "Onvoldoende zorgcoördinatie gemeld bij het Meldpunt Zorg en Overlast, na een verzoek aan de "
                    + "regisseur op " + DutchTime.day(reported.raisedWithCoordinatorOn()) + "; naar "
                    + DutchLabels.escalationStep(EscalationStep.PROCESS_DIRECTOR)
                    + (reported.previousStep() == null ? ""
                    : " vanaf " + DutchLabels.escalationStep(reported.previousStep()))
                    + ": het Meldpunt wijst binnen 2 werkdagen een procesregisseur aan";
        } else if (payload instanceof CareOrdered ordered) {
            return "Doorzettingsmacht: de procesregisseur draagt " + ordered.party() + " op zorg te leveren, gevolgd "
                    + "tot en met " + DutchTime.day(ordered.monitoredUntil());
        } else if (payload instanceof CareOrderConcluded concluded) {
            return "Opgedragen zorg" + orderedParty(concluded.orderId(), before) + " afgesloten: "
                    + (concluded.complied() ? "geleverd zoals opgedragen" : "niet geleverd zoals opgedragen");
        } else if (payload instanceof PartyManagersConsulted) {
            return "De procesregisseur heeft rechtstreeks overlegd met de managers van de partijen: terug naar "
                    + DutchLabels.escalationStep(EscalationStep.MANAGEMENT) + "; de tijdelijke overname door de "
                    + "procesregisseur eindigt";
        } else if (payload instanceof EscalatedToMeldpuntManager) {
            // the bottleneck and the advice stay in the state, like the decision that follows
            return "Opgeschaald naar " + DutchLabels.escalationStep(EscalationStep.ADMINISTRATIVE) + ": de "
                    + "procesregisseur legt knelpunt en advies voor aan de manager van het Meldpunt Zorg en Overlast, "
                    + "die de gemeente van de cliënt raadpleegt";
        } else if (payload instanceof CoordinationReturned returned) {
            return coordinationReturned(returned, before);
        } else if (payload instanceof CareAvoidanceRecorded avoidance) {
            // the situation, its risks and the client's view are the client's personal data: only who it is about
            return "Zorgmijding vastgelegd van " + person(avoidance.personId(), before)
                    + " en gemeld bij het Meldpunt Zorg en Overlast; een actieplan volgt";
        } else if (payload instanceof ActionPlanDrawnUp drawnUp) {
            return "Actieplan van het Meldpunt bij zorgmijding opgesteld: "
                    + DutchLabels.actionPlanApproach(drawnUp.approach());
        } else if (payload instanceof DeliveryNotice notice) {
            return notice(notice, before);
        }
        // an event type added after this version: the history shows it rather than failing or hiding it
        return UNKNOWN + " (" + event.getPayloadType().getSimpleName() + "); geen omschrijving beschikbaar";
    }

    private static String received(ReportReceived received, CaseState before) {
        StringBuilder text = new StringBuilder(DutchLabels.contactType(received.contactType())).append(" ontvangen");
        Reporter reporter = received.reporter();
        if (reporter != null && reporter.isAnonymous()) {
            text.append(" (anoniem)");
        } else if (reporter != null) {
            text.append(" van ").append(DutchLabels.reporterWithArticle(reporter.type()));
            if (reporter.sector() != null) {
                text.append(" (").append(DutchLabels.sector(reporter.sector())).append(')');
            }
        }
        List<FormOfViolence> forms = sorted(received.formsOfViolence());
        if (!forms.isEmpty()) {
            text.append(" over ").append(and(forms.stream().map(DutchLabels::form).toList()));
        }
        List<InvolvedPerson> persons = received.persons() == null ? List.of() : received.persons();
        text.append("; ").append(count(persons.size(), "betrokkene", "betrokkenen"));
        if (!persons.isEmpty()) {
            text.append(" (").append(String.join(", ",
                    persons.stream().map(person -> DutchLabels.personRole(person.role())).toList())).append(')');
        }
        if (before.getCaseId() != null) {
            text.append(". Gebundeld in deze lopende casus");
        } else if (received.repeatOfCaseId() != null) {
            text.append(". Hermelding: eerdere casus ").append(received.repeatOfCaseId())
                    .append(" was afgesloten; nieuwe casus geopend");
        } else {
            text.append(". Casus geopend");
        }
        return text.toString();
    }

    /** "toegekend", or after an investigation without one "vastgesteld op de bevindingen", which may confirm it */
    private static String code(CodeAssigned assigned, CaseState before) {
        boolean confirmed = assigned.code() == assigned.previousCode();
        String text = "Veiligheidscode " + DutchLabels.code(assigned.code());
        if (before.isCodeToBeDetermined()) {
            text += (confirmed ? " bevestigd" : " vastgesteld") + " op de bevindingen van het onderzoek";
        } else {
            text += confirmed ? " bevestigd" : " toegekend";
        }
        if (assigned.previousCode() != null && !confirmed) {
            text += " (was " + DutchLabels.code(assigned.previousCode()) + ")";
        }
        return text + (assigned.processDirection() == null ? ""
                : "; procesregie bij " + DutchLabels.processDirection(assigned.processDirection()));
    }

    /**
     * A police hulpofficier van justitie imposes a huisverbod on the mayor's behalf (law): the event's metadata says
     * who imposed it, the case's municipality whose mayor it was.
     */
    private static String onTheMayorsBehalf(DomainEventMessage<?> event, CaseState before) {
        Object qualifications = event.getMetaData().get(AuditMetadata.QUALIFICATIONS);
        boolean byHulpofficier = OrganisationType.POLICE.name().equals(
                event.getMetaData().get(AuditMetadata.ORGANISATION_TYPE)) && qualifications instanceof String listed
                && List.of(listed.split(",")).contains(Qualification.AUXILIARY_PROSECUTOR.name());
        if (!byHulpofficier) {
            return "";
        }
        String of = before.getMunicipality() == null ? "" : MUNICIPALITIES.find(before.getMunicipality())
                .map(municipality -> " van " + municipality.name()).orElse("");
        return " door de hulpofficier van justitie namens de burgemeester" + of;
    }

    private static String escalation(EscalationRaised raised) {
        StringBuilder text = new StringBuilder("Opgeschaald naar ").append(DutchLabels.escalationStep(raised.step()));
        int from = 0;
        if (raised.previousStep() != null) {
            text.append(" vanaf ").append(DutchLabels.escalationStep(raised.previousStep()));
            from = raised.previousStep().level();
        }
        List<String> skipped = new ArrayList<>();
        for (int level = from + 1; level < raised.step().level(); level++) {
            skipped.add(String.valueOf(level));
        }
        if (!skipped.isEmpty()) {
            text.append(skipped.size() == 1 ? ", stap " : ", stappen ").append(and(skipped)).append(" overgeslagen");
            if (raised.urgencyReason() != null) {
                text.append(" wegens urgentie: ").append(raised.urgencyReason());
            }
        } else if (raised.urgencyReason() != null) {
            text.append("; urgentie: ").append(raised.urgencyReason());
        }
        return text.toString();
    }

    private static String plan(FamilyPlan plan, CaseState before) {
        List<String> parts = new ArrayList<>();
        parts.add(count(size(plan.goals()), "doel", "doelen"));
        parts.add(count(size(plan.tasks()), "taak", "taken"));
        parts.add(count(size(plan.safetyAgreements()), "veiligheidsafspraak", "veiligheidsafspraken"));
        List<LocalDate> evaluations = plan.evaluationDates() == null ? List.of()
                : plan.evaluationDates().stream().sorted().toList();
        parts.add(evaluations.isEmpty() ? "geen evaluatiedatum"
                : "evaluatie op " + and(evaluations.stream().map(DutchTime::day).toList()));
        String text = String.join(", ", parts);
        List<Consent> consents = plan.consents() == null ? List.of() : plan.consents();
        if (consents.isEmpty()) {
            return text + "; geen instemming vastgelegd";
        }
        // the client's opinion is personal data: only that there is one is described
        return text + "; " + String.join(", ", consents.stream().map(consent -> consent(consent, before)).toList());
    }

    /**
     * @return one answer to the plan in Dutch, people by their role: "ingestemd door de pleger (ondertekend)",
     *         "instemming geweigerd door het slachtoffer als wettelijk vertegenwoordiger van het kind (niet
     *         ondertekend, met de mening van de cliënt)"; a consent recorded before representatives were named reads
     *         "ingestemd door de wettelijk vertegenwoordiger van het kind"
     */
    static String consent(Consent consent, CaseState state) {
        String about = person(consent.personId(), state);
        String by;
        if (consent.decidedBy() != ConsentDecider.LEGAL_REPRESENTATIVE) {
            by = about;
        } else if (consent.representativeId() == null) {
            by = "de wettelijk vertegenwoordiger van " + about;
        } else {
            by = person(consent.representativeId(), state) + " als wettelijk vertegenwoordiger van " + about;
        }
        String signed;
        if (consent.signed() == null) {
            signed = "";
        } else if (consent.signed()) {
            signed = " (ondertekend)";
        } else {
            signed = consent.clientOpinion() == null ? " (niet ondertekend)"
                    : " (niet ondertekend, met de mening van de cliënt)";
        }
        return (consent.decision() == ConsentDecision.REFUSED ? "instemming geweigerd" : "ingestemd")
                + " door " + by + signed;
    }

    private static String orderedParty(UUID orderId, CaseState before) {
        return before.getCareOrders().stream().filter(order -> order.orderId().equals(orderId)).findFirst()
                .map(order -> " aan " + order.party()).orElse("");
    }

    private static String coordinationReturned(CoordinationReturned returned, CaseState before) {
        StringBuilder text = new StringBuilder("Zorgcoördinatie terug bij ").append(professional(returned.coordinator()));
        if (returned.previousCoordinator() != null && !returned.previousCoordinator().equals(returned.coordinator())) {
            text.append(", in plaats van ").append(professional(returned.previousCoordinator()));
        }
        CaseState.Escalation escalation = before.getEscalation();
        text.append("; opschaling afgerond");
        if (escalation != null) {
            text.append(" op ").append(DutchLabels.escalationStep(escalation.step()));
        }
        return text.append("; de tijdelijke overname door de procesregisseur eindigt").toString();
    }

    /**
     * A notice about a task's help (B2 §2.3): the task by its number in the plan and its owner, never its description
     * (free text about the work, as in {@link #plan}); the professionals by user name, as they act in their work.
     */
    private static String notice(DeliveryNotice notice, CaseState before) {
        String what;
        if (notice instanceof HelpStarted started) {
            what = "Start van de hulp doorgegeven: gestart op " + DutchTime.day(started.startedOn()) + ", hulp door "
                    + started.professional();
        } else if (notice instanceof HelpEnded ended) {
            what = "Afsluiting van de hulp doorgegeven: afgerond op " + DutchTime.day(ended.endedOn()) + ", effect: "
                    + DutchLabels.helpEffect(ended.effect());
        } else if (notice instanceof HelpStoppedEarly stopped) {
            what = "Voortijdig afbreken van de hulp doorgegeven: afgebroken op " + DutchTime.day(stopped.stoppedOn())
                    + ", oorzaak: " + DutchLabels.earlyStopCause(stopped.cause());
        } else if (notice instanceof NoShowsReported noShows) {
            what = "Herhaald niet verschijnen van de cliënt doorgegeven: " + count(noShows.missedAppointments(),
                    "afspraak", "afspraken") + " gemist, mogelijke oorzaken: " + and(noShows.causes().stream()
                    .sorted().map(DutchLabels::noShowCause).toList());
        } else if (notice instanceof ClientTransferred transferred) {
            what = "Doorgeleiding binnen de organisatie doorgegeven: de hulp gaat over van "
                    + transferred.previousProfessional() + " naar " + transferred.nextProfessional();
        } else {
            OtherPartyProposed proposed = (OtherPartyProposed) notice;
            what = "Voorstel doorgegeven om een andere partij te betrekken: " + proposed.organisation() + " voor "
                    + DutchLabels.formOfHelp(proposed.formOfHelp());
        }
        return what + "; over " + task(notice.taskId(), before) + ", aan de zorgcoördinator "
                + professional(notice.coordinator())
                + (StagnationSignal.raisedBy(notice) ? ". Stagnatiesignaal voor de zorgcoördinator" : "");
    }

    /** @return the task by its number in the plan version before the event, and its owner */
    private static String task(UUID taskId, CaseState before) {
        CaseState.Plan plan = before.getPlan();
        List<PlanTask> tasks = plan == null ? List.of() : plan.content().tasks();
        for (int number = 1; number <= tasks.size(); number++) {
            PlanTask task = tasks.get(number - 1);
            if (task.taskId().equals(taskId)) {
                return "taak " + number + " van gezinsplan versie " + plan.planVersion() + " (uitvoerder "
                        + task.ownerOrganisation() + ")";
            }
        }
        return "een taak die niet in het gezinsplan staat";
    }

    private static String reporterInformed(ReporterInformed informed, CaseState before) {
        for (CaseState.Report report : before.getReports()) {
            if (report.reportId().equals(informed.reportId())) {
                return "Melder teruggekoppeld over de " + DutchLabels.contactType(report.contactType()).toLowerCase()
                        + " van " + DutchTime.day(report.receivedAt());
            }
        }
        return "Melder teruggekoppeld";
    }

    /**
     * @return the person by their role in the case ("de pleger"), numbered when several people have that role
     * ("het kind (2e van 3)"); never by name
     */
    static String person(UUID personId, CaseState before) {
        List<CaseState.Member> members = before.getMembers();
        for (CaseState.Member member : members) {
            if (member.personId().equals(personId)) {
                List<CaseState.Member> sameRole = members.stream().filter(m -> m.role() == member.role()).toList();
                String role = DutchLabels.personByRole(member.role());
                return sameRole.size() == 1 ? role
                        : role + " (" + (sameRole.indexOf(member) + 1) + "e van " + sameRole.size() + ")";
            }
        }
        return "een persoon die niet in de casus is genoemd";
    }

    /** @return the data subject by role: a person of the case, or the reporter of one of its reports */
    private static String subject(UUID subject, CaseState before) {
        for (CaseState.Report report : before.getReports()) {
            if (report.reportId().equals(subject)) {
                return "de melder van de " + DutchLabels.contactType(report.contactType()).toLowerCase() + " van "
                        + DutchTime.day(report.receivedAt());
            }
        }
        return person(subject, before);
    }

    /** A professional is named by user name and organisation: they act in their work, not as a subject of the case. */
    private static String professional(Coordinator coordinator) {
        return coordinator == null ? "onbekend" : coordinator.userId() + " (" + coordinator.organisation() + ")";
    }

    /** A parent who coordinates is a person of the case: named by their role, as everywhere in the history. */
    private static String coordinator(Coordinator coordinator, CaseState before) {
        if (coordinator == null || !coordinator.byTheFamily()) {
            return professional(coordinator);
        }
        return "het gezin heeft de regie: " + person(coordinator.personId(), before) + ", ondersteund door "
                + professional(coordinator);
    }

    private static List<FormOfViolence> sorted(Collection<FormOfViolence> forms) {
        return forms == null ? List.of() : forms.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static int size(Collection<?> items) {
        return items == null ? 0 : items.size();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** @return "a", "a en b", "a, b en c" */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }
}
