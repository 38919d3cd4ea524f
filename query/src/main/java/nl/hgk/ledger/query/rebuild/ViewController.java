package nl.hgk.ledger.query.rebuild;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hgk.ledger.query.web.Conflict;
import nl.hgk.ledger.query.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The views' state, and rebuilding them; answers in JSON only, refusing another {@code Accept} (406) before a rebuild
 * starts.
 */
@RestController
@RequestMapping(path = "/api/views", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Views", description = "The projections of the query side: their state, and rebuilding them")
class ViewController {

    private final Rebuilds rebuilds;

    ViewController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "Every view with its progress through the event stream")
    List<ViewStatus> all() {
        return rebuilds.all();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One view's progress: events done of the total, rate and expected finish while rebuilding")
    ViewStatus one(@PathVariable String name) {
        return rebuilds.find(name).orElseThrow(() -> new NotFound("there is no view " + name));
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild a view from the first event, while the ledger keeps running",
            description = "Answers 202 at once; follow the progress with GET /api/views/{name}.")
    ResponseEntity<ViewStatus> rebuild(@PathVariable String name) {
        try {
            return rebuilds.rebuild(name)
                    .map(status -> ResponseEntity.status(HttpStatus.ACCEPTED).body(status))
                    .orElseThrow(() -> new NotFound("there is no view " + name));
        } catch (IllegalStateException refused) {
            throw new Conflict(refused.getMessage());
        }
    }
}
