package nl.hgk.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the ledger: the command side, the query side and the event store in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HgkLedgerApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(HgkLedgerApplication.class, args);
        } catch (RuntimeException startUpFailed) {
            // Spring has logged why and closed the application; without an explicit exit the process would live on,
            // kept alive by Axon's message-timeout janitor (a non-daemon thread), instead of ending with an error code
            System.exit(1);
        }
    }
}
