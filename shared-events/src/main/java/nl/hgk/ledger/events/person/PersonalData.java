package nl.hgk.ledger.events.person;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything that identifies or describes one person (the data subject). Every field may be absent: an anonymous
 * reporter has none, and neither has a person whose data was erased, whose data is then marked {@code erased}.
 *
 * <p>In the event store this record is never stored in clear: the event serializer encrypts it with the key of its
 * data subject (crypto-shredding), and once that key is destroyed it reads back as {@link #erasedPlaceholder()}. In memory it
 * stays a plain record.
 *
 * @param fullName  the name as the person uses it
 * @param bsn       burgerservicenummer, nine digits
 * @param birthDate date of birth
 * @param address   home address
 * @param note      free text about the person (a client's opinion, a description)
 * @param erased    the placeholder of data that was erased: every other field is absent; left out of JSON otherwise
 */
public record PersonalData(String fullName, String bsn, LocalDate birthDate, Address address, String note,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean erased) {

    /** how the placeholder of erased data is shown to people */
    public static final String ERASED_LABEL = "verwijderd";

    private static final PersonalData ERASED = new PersonalData(null, null, null, null, null, true);

    /** Jackson's constructor: an erased placeholder never carries data, whatever a document says. */
    @JsonCreator
    public PersonalData {
        if (erased && (fullName != null || bsn != null || birthDate != null || address != null || note != null)) {
            throw new IllegalArgumentException("erased personal data carries no data");
        }
    }

    public PersonalData(String fullName, String bsn, LocalDate birthDate, Address address, String note) {
        this(fullName, bsn, birthDate, address, note, false);
    }

    public static PersonalData noteOnly(String note) {
        return new PersonalData(null, null, null, null, note);
    }

    /** @return the placeholder of a person's data whose key was destroyed: every field absent, marked erased */
    public static PersonalData erasedPlaceholder() {
        return ERASED;
    }

    /** @return the name to show: the name, {@value #ERASED_LABEL} when erased, absent when none was given */
    @JsonIgnore
    public String displayName() {
        return erased ? ERASED_LABEL : fullName;
    }
}
