/**
 * The people in a case and their personal data. {@link nl.hgk.ledger.events.person.PersonalData} is the only
 * type that carries names, BSN, addresses, birth dates or free text about a person, so that it is encrypted per data
 * subject (crypto-shredding) without changing the shape of any event. A data subject is a person
 * ({@link nl.hgk.ledger.events.person.InvolvedPerson#personId()}, also in a consent) or the reporter of one report
 * (the report's id). {@link nl.hgk.ledger.events.person.PersonErased} records that a subject's key was destroyed.
 */
package nl.hgk.ledger.events.person;
