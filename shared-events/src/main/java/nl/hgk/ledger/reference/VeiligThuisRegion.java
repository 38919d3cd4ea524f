package nl.hgk.ledger.reference;

/** A Veilig Thuis region as CBS codes it, e.g. {@code VT24} Zuid-Holland Zuid. */
public record VeiligThuisRegion(String code, String name) {
}
