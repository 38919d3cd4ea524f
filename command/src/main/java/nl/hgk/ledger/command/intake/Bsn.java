package nl.hgk.ledger.command.intake;

/** The burgerservicenummer's check (elfproef): a mistyped BSN would attach data to the wrong person. */
final class Bsn {

    private Bsn() {
    }

    /** @param bsn nine digits */
    static boolean passesElevenTest(String bsn) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0 && !bsn.equals("000000000");
    }
}
