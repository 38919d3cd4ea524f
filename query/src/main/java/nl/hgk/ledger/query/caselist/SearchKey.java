package nl.hgk.ledger.query.caselist;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.hgk.ledger.events.person.Address;

/**
 * What a person can be found by, and how a value is normalised before it is hashed into the blind index: the same
 * function for what is indexed and for what is asked, so that the obvious ways of writing one value meet. BSN
 * {@code 1234.56.782} is {@code 123456782}; postcode {@code 2611 ab} is {@code 2611AB}; house number {@code 12-a} is
 * {@code 12A}; {@code  José  van ’t Hof } is {@code jose van t hof}. A value that normalises to nothing is no key.
 */
enum SearchKey {

    /** the burgerservicenummer */
    BSN("bsn"),
    /** postcode and house number with its addition: the household's address as the intake keys it */
    POSTCODE_HOUSE_NUMBER("postcode en huisnummer"),
    /** street, house number and city: for an address whose postcode is not at hand */
    STREET_HOUSE_NUMBER_CITY("straat, huisnummer en plaats"),
    /** the full name and the date of birth together: a name alone is too common to find one person by */
    NAME_BIRTH_DATE("naam en geboortedatum");

    private static final Pattern BSN_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}[A-Z]{2}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,5}[A-Z0-9]{0,6}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** between the parts of a key: a character the parts never hold after normalisation */
    private static final String SEPARATOR = "|";

    private final String dutch;

    SearchKey(String dutch) {
        this.dutch = dutch;
    }

    /** @return what was searched by, in Dutch, as the access log tells it */
    String dutch() {
        return dutch;
    }

    /** @return nine digits, without spaces, dots or dashes; empty when it is not nine digits then */
    static Optional<String> bsn(String bsn) {
        if (bsn == null) {
            return Optional.empty();
        }
        String digits = BSN_SEPARATORS.matcher(bsn).replaceAll("");
        return NINE_DIGITS.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** @return {@code 2611AB|12A}; empty when either is missing or not a Dutch postcode and house number */
    static Optional<String> postcodeAndHouseNumber(String postcode, String houseNumber) {
        Optional<String> number = houseNumber(houseNumber);
        if (postcode == null || number.isEmpty()) {
            return Optional.empty();
        }
        String code = Address.normalisedPostcode(postcode);
        return POSTCODE.matcher(code).matches() ? Optional.of(code + SEPARATOR + number.get()) : Optional.empty();
    }

    /** @return {@code voorstraat|12A|dordrecht}; empty when a part is missing */
    static Optional<String> streetHouseNumberAndCity(String street, String houseNumber, String city) {
        Optional<String> number = houseNumber(houseNumber);
        String streetName = text(street);
        String cityName = text(city);
        if (number.isEmpty() || streetName.isEmpty() || cityName.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(streetName + SEPARATOR + number.get() + SEPARATOR + cityName);
    }

    /** @return {@code anna de vries|1990-02-03}; empty when either is missing */
    static Optional<String> nameAndBirthDate(String fullName, LocalDate birthDate) {
        String name = text(fullName);
        if (name.isEmpty() || birthDate == null) {
            return Optional.empty();
        }
        return Optional.of(name + SEPARATOR + birthDate);
    }

    /** @return the number and its addition, without spaces or dashes, in capitals: {@code 12 a}, {@code 12-A} are 12A */
    static Optional<String> houseNumber(String houseNumber) {
        if (houseNumber == null) {
            return Optional.empty();
        }
        String number = Address.normalisedHouseNumber(houseNumber);
        return HOUSE_NUMBER.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    /**
     * Letters and digits only, in lower case, without accents, one space between words: what a name or a street is,
     * however it was typed. Letters of every script stay (a name in Arabic script is still a name). Compatibility
     * decomposition also splits ligatures such as the Dutch ĳ into ij.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value.replace("ß", "ss"), Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
