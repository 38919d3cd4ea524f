package nl.hgk.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * A view's position as its tokens are stored: the slowest of its segments, read by any node, whichever node holds them,
 * and a rebuild's replay tokens read as where the replay is.
 */
class StoredPositionsTest {

    private final DataSource dataSource = ProjectionDatabase.dataSource();
    private final TokenSchema schema = TokenSchema.builder().setTokenTable("stored_positions_test_token").build();
    private final JdbcTokenStore store = JdbcTokenStore.builder().connectionProvider(dataSource::getConnection)
            .serializer(JacksonSerializer.defaultSerializer()).schema(schema).nodeId("node-a").build();
    private final StoredPositions positions = new StoredPositions(ProjectionDatabase.jdbc(), store, schema);

    {
        ProjectionDatabase.jdbc().execute("drop table if exists stored_positions_test_token");
        store.createSchema(PostgresTokenTableFactory.INSTANCE);
    }

    @Test
    void theSlowestSegmentAsStoredWhicheverNodeHoldsIt() {
        String view = "view-" + UUID.randomUUID();
        assertThat(positions.slowest(view)).isEmpty();
        store.initializeTokenSegments(view, 2);
        assertThat(positions.slowest(view)).hasValue(0);

        store.fetchToken(view, 0);
        store.storeToken(new GlobalSequenceTrackingToken(120), view, 0);
        store.fetchToken(view, 1);
        store.storeToken(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(500),
                new GlobalSequenceTrackingToken(80)), view, 1);

        assertThat(positions.slowest(view)).hasValue(80);
    }

    @Test
    void nothingWhenTheTokensAreNotInAJdbcStore() {
        assertThat(new StoredPositions(ProjectionDatabase.jdbc(), new InMemoryTokenStore(), schema).slowest("any"))
                .isEmpty();
    }
}
