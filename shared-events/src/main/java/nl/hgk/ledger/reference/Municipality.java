package nl.hgk.ledger.reference;

/** One municipality of the reference year, with the Veilig Thuis region it belongs to. */
public record Municipality(MunicipalityCode code, String name, String province, VeiligThuisRegion veiligThuisRegion) {
}
