package nl.hgk.ledger.query.caselist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.hgk.ledger.access.ReachableCases;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.query.web.InvalidQuery;

/**
 * The parameters of {@code GET /api/cases} as they came, checked one by one into a {@link FindCases}: every bad value
 * is a {@code 400 invalid-query} naming the parameter, before anything is looked up. Text is taken only without control
 * characters (a NUL among them) and within a length; a blank parameter counts as not given, as an empty form field.
 */
record CaseListParameters(String status, String code, String coordinator, String organisation, String bsn,
                          String postcode, String houseNumber, String street, String city, String name,
                          String birthDate, String page, String size) {

    /** the value that asks for cases without a safety code */
    static final String NO_CODE = "NONE";
    private static final int MAX_TEXT = 100;

    /**
     * @param index hashes what is searched for, so that the query carries no personal data
     * @param reach the cases the reader may see
     * @throws InvalidQuery (400) for the first parameter that is not valid
     */
    FindCases query(BlindIndex index, ReachableCases reach) {
        String askedCode = text("code", code);
        boolean withoutCode = NO_CODE.equals(askedCode);
        return new FindCases(
                value("status", status).map(given -> named("status", CaseState.Status.class, given)).orElse(null),
                withoutCode ? null : Optional.ofNullable(askedCode)
                        .map(given -> named("code", SafetyCode.class, given)).orElse(null),
                withoutCode, text("coordinator", coordinator), text("organisation", organisation),
                searched(index), reach,
                number("page", page, 0, 0, FindCases.MAX_PAGE),
                number("size", size, FindCases.DEFAULT_SIZE, 1, FindCases.MAX_SIZE));
    }

    /** @return what the search looked by, for the access log: the kinds of key, never their values */
    String searchedBy(FindCases query) {
        return "zoeken op " + String.join("; ", query.searched().stream().map(digest -> digest.kind().dutch()).toList());
    }

    private List<BlindIndex.Digest> searched(BlindIndex index) {
        List<BlindIndex.Digest> searched = new ArrayList<>();
        Optional<String> givenBsn = value("bsn", bsn);
        if (givenBsn.isPresent()) {
            searched.add(index.digest(SearchKey.BSN, SearchKey.bsn(givenBsn.get()).orElseThrow(() ->
                    new InvalidQuery("bsn", "must be nine digits (spaces, dots and dashes between them are fine)"))));
        }
        Optional<String> givenPostcode = value("postcode", postcode);
        Optional<String> givenNumber = value("houseNumber", houseNumber);
        Optional<String> givenStreet = value("street", street);
        Optional<String> givenCity = value("city", city);
        if (givenNumber.isPresent() && SearchKey.houseNumber(givenNumber.get()).isEmpty()) {
            throw new InvalidQuery("houseNumber", "must be a house number with an optional addition, like 12 or 12-A");
        }
        if (givenNumber.isPresent() && givenPostcode.isEmpty() && givenStreet.isEmpty()) {
            throw new InvalidQuery("houseNumber", "is searched with a postcode, or with a street and a city");
        }
        if (givenPostcode.isPresent()) {
            String number = givenNumber.orElseThrow(() ->
                    new InvalidQuery("houseNumber", "is required with a postcode"));
            searched.add(index.digest(SearchKey.POSTCODE_HOUSE_NUMBER,
                    SearchKey.postcodeAndHouseNumber(givenPostcode.get(), number).orElseThrow(() ->
                            new InvalidQuery("postcode", "must be a Dutch postcode, like 2611 AB"))));
        }
        if (givenStreet.isPresent() || givenCity.isPresent()) {
            String number = givenNumber.orElseThrow(() ->
                    new InvalidQuery("houseNumber", "is required with a street and a city"));
            String streetName = givenStreet.orElseThrow(() -> new InvalidQuery("street", "is required with a city"));
            String cityName = givenCity.orElseThrow(() -> new InvalidQuery("city", "is required with a street"));
            searched.add(index.digest(SearchKey.STREET_HOUSE_NUMBER_CITY,
                    SearchKey.streetHouseNumberAndCity(streetName, number, cityName).orElseThrow(() ->
                            new InvalidQuery("street", "a street and a city hold letters or digits"))));
        }
        Optional<String> givenName = value("name", name);
        Optional<String> givenBirthDate = value("birthDate", birthDate);
        if (givenName.isPresent() != givenBirthDate.isPresent()) {
            String missing = givenName.isPresent() ? "birthDate" : "name";
            throw new InvalidQuery(missing, "a name is searched together with a birth date");
        }
        if (givenName.isPresent()) {
            LocalDate born = date("birthDate", givenBirthDate.get());
            searched.add(index.digest(SearchKey.NAME_BIRTH_DATE,
                    SearchKey.nameAndBirthDate(givenName.get(), born).orElseThrow(() ->
                            new InvalidQuery("name", "a name holds letters"))));
        }
        return searched;
    }

    private static Optional<String> value(String parameter, String given) {
        return Optional.ofNullable(text(parameter, given));
    }

    /** @return the text without the spaces around it; absent when not given or blank */
    private static String text(String parameter, String given) {
        if (given == null) {
            return null;
        }
        if (given.length() > MAX_TEXT || given.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidQuery(parameter, "must be at most " + MAX_TEXT + " characters, without control "
                    + "characters");
        }
        return given.isBlank() ? null : given.strip();
    }

    private static <E extends Enum<E>> E named(String parameter, Class<E> type, String given) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(given)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        if ("code".equals(parameter)) {
            names.add(NO_CODE);
        }
        throw new InvalidQuery(parameter, "must be one of " + String.join(", ", names));
    }

    private static int number(String parameter, String given, int absent, int min, int max) {
        String value = text(parameter, given);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a number out of range is
        }
        throw new InvalidQuery(parameter, "must be a whole number from " + min + " to " + max);
    }

    private static LocalDate date(String parameter, String given) {
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException notADate) {
            throw new InvalidQuery(parameter, "must be a date as 2016-03-14");
        }
    }
}
