/**
 * A generator of realistic data: a year of cases for one Veilig Thuis region at the seed's rate (Zuid-Holland Zuid
 * 2018: about 3,300 reports and 2,700 advice requests; seed 003), with codes (and later changes of code), triage,
 * investigations, coordinators, plans whose tasks are done and whose evaluation dates are evaluated (mostly in time),
 * escalations, huisverboden, feedback and closures spread plausibly over time. It gives its commands through the
 * command bus, as the API would, each at its simulated moment, and returns what it gave so that tests can count
 * independently what the figures must show. For demonstrations, benchmarks and tests; it refuses a ledger that already
 * holds events unless told explicitly, so that it never writes among real cases by accident.
 */
package nl.hgk.ledger.deploy.generator;
