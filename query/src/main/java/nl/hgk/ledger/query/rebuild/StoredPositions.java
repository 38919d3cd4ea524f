package nl.hgk.ledger.query.rebuild;

import java.util.List;
import java.util.OptionalLong;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a view stands as its tokens are stored, whichever node holds its segments. With several nodes sharing a view,
 * each handles only the segments it claimed, and its own processor knows only those: a node that holds none would
 * report the view at the start. Read without claiming anything, so asking never moves a segment between nodes.
 */
@Component
class StoredPositions {

    private final JdbcTemplate jdbc;
    private final TokenStore tokens;
    private final TokenSchema schema;

    StoredPositions(JdbcTemplate jdbc, TokenStore tokens, TokenSchema schema) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.schema = schema;
    }

    /**
     * @return the position of the view's slowest segment, 0 for a segment that has handled nothing; empty when the
     *         view has no stored tokens, or they are not in a JDBC token store this node can read
     */
    OptionalLong slowest(String view) {
        if (!(tokens instanceof JdbcTokenStore store)) {
            return OptionalLong.empty();
        }
        List<Long> positions = jdbc.query("select " + schema.tokenColumn() + ", " + schema.tokenTypeColumn()
                        + " from " + schema.tokenTable() + " where " + schema.processorNameColumn() + " = ?",
                (rs, row) -> {
                    byte[] token = rs.getBytes(1);
                    if (token == null) {
                        return 0L;
                    }
                    SerializedObject<byte[]> stored = new SimpleSerializedObject<>(token, byte[].class,
                            rs.getString(2), null);
                    TrackingToken tracking = store.serializer().deserialize(stored);
                    return tracking == null ? 0L : tracking.position().orElse(0);
                }, view);
        return positions.stream().mapToLong(Long::longValue).min();
    }
}
