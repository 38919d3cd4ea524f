package nl.hgk.ledger.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The municipalities of the CBS division of 1 January 2025, read once from the bundled reference file.
 */
public final class Municipalities {

    /** the year of the municipal division the reference file describes */
    public static final int REFERENCE_YEAR = 2025;
    private static final String RESOURCE = "municipalities-2025.csv";

    private final Map<MunicipalityCode, Municipality> byCode;

    private Municipalities(Map<MunicipalityCode, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** @return the municipalities of {@link #REFERENCE_YEAR}, read from the classpath once */
    public static Municipalities load() {
        return Loaded.INSTANCE;
    }

    /** the holder idiom: the file is read on first use, once, thread-safely */
    private static final class Loaded {
        private static final Municipalities INSTANCE = read();
    }

    private static Municipalities read() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reference file missing from the classpath: " + RESOURCE);
            }
            return new Municipalities(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<MunicipalityCode, Municipality> read(InputStream in) throws IOException {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        Map<MunicipalityCode, Municipality> rows = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(header)
                .readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                MunicipalityCode code = MunicipalityCode.of(row.get("code"));
                // the column reads "VT10 Hollands-Midden": the CBS region code, a space, the name
                String[] region = row.get("veilig_thuis_region").split(" ", 2);
                rows.put(code, new Municipality(code, row.get("name"), row.get("province"),
                        new VeiligThuisRegion(region[0], region[1])));
            }
        }
        return rows;
    }

    public Optional<Municipality> find(MunicipalityCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @return the code of the Veilig Thuis region the municipality lies in (VT24); empty for an unknown one */
    public Optional<String> regionOf(MunicipalityCode code) {
        return find(code).map(municipality -> municipality.veiligThuisRegion().code());
    }

    /** @return the codes of every Veilig Thuis region, in order */
    public SortedSet<String> regionCodes() {
        return Collections.unmodifiableSortedSet(byCode.values().stream()
                .map(municipality -> municipality.veiligThuisRegion().code())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** @return whether {@code code} is a well-formed code of a municipality of the reference year */
    public boolean isKnown(String code) {
        return MunicipalityCode.isWellFormed(code) && byCode.containsKey(MunicipalityCode.of(code));
    }

    public Collection<Municipality> all() {
        return byCode.values();
    }
}
