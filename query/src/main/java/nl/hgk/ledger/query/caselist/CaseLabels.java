package nl.hgk.ledger.query.caselist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.hgk.ledger.events.intake.ReportReceived;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.query.casestate.CaseState;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The people of a case as the list shows them, read from the event store when a page is read: the event serializer
 * decrypts each person's data with their key, and a person whose key was destroyed reads as erased. So the list's
 * own tables never hold a name, and an erased person's name is shown nowhere from the moment of the erasure.
 */
@Component
class CaseLabels {

    /** shown for a person the reports name without a name */
    static final String UNNAMED = "onbekend";
    private static final String BETWEEN = ", ";

    /** The people of one case: how many, and their names. */
    record People(int count, String label) {
        static final People NONE = new People(0, "");
    }

    private final EventStore events;

    CaseLabels(EventStore events) {
        this.events = events;
    }

    /** @return the people of each case, by case id */
    Map<UUID, People> of(List<UUID> caseIds) {
        Map<UUID, People> people = new LinkedHashMap<>();
        caseIds.forEach(caseId -> people.put(caseId, of(caseId)));
        return people;
    }

    private People of(UUID caseId) {
        // the members as the family plan view folds them (with an erasure applied), from the only events that name
        // or erase people: the other events need not be read and decrypted for a list
        CaseState members = CaseState.empty();
        events.readEvents(caseId.toString(), 0).asStream()
                .filter(event -> ReportReceived.class.equals(event.getPayloadType())
                        || PersonErased.class.equals(event.getPayloadType()))
                .forEach(members::apply);
        return people(members.getMembers());
    }

    /**
     * A person named in several reports has a person id per report: the same name and birth date are shown and
     * counted once. An erased person is one each (nothing is left to tell two apart); so is a person without a name.
     */
    static People people(List<CaseState.Member> members) {
        Map<Object, String> distinct = new LinkedHashMap<>();
        for (CaseState.Member member : members) {
            PersonalData data = member.personalData();
            Object identity = data == null || data.erased() || data.fullName() == null ? member.personId()
                    : SearchKey.nameAndBirthDate(data.fullName(), data.birthDate())
                            .orElse(SearchKey.text(data.fullName()));
            String name = data == null || data.displayName() == null ? UNNAMED : data.displayName();
            distinct.putIfAbsent(identity, name);
        }
        if (distinct.isEmpty()) {
            return People.NONE;
        }
        return new People(distinct.size(), String.join(BETWEEN, new ArrayList<>(distinct.values())));
    }
}
