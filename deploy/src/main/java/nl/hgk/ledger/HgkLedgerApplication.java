package nl.hgk.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the ledger: the command side, the query side and the event store in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HgkLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(HgkLedgerApplication.class, args);
    }
}
