package nl.hgk.ledger.events.person;

import java.time.LocalDate;

/**
 * Everything that identifies or describes one person (the data subject). Every field may be absent: an anonymous
 * reporter has none, a person whose data was erased will have none either.
 *
 * @param fullName  the name as the person uses it
 * @param bsn       burgerservicenummer, nine digits
 * @param birthDate date of birth
 * @param address   home address
 * @param note      free text about the person (a client's opinion, a description)
 */
public record PersonalData(String fullName, String bsn, LocalDate birthDate, Address address, String note) {

    public static PersonalData noteOnly(String note) {
        return new PersonalData(null, null, null, null, note);
    }
}
