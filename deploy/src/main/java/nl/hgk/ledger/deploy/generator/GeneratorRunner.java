package nl.hgk.ledger.deploy.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The generator's command-line entry point: started with {@code --hgk.generate.year=2025} (and optionally
 * {@code --hgk.generate.region=VT24}, {@code --hgk.generate.reports}, {@code --hgk.generate.advice-requests},
 * {@code --hgk.generate.seed}, {@code --hgk.generate.exit=true}), the ledger generates that year into its database
 * once it has started, then keeps running (or stops, with exit=true).
 *
 * <p>A ledger that already holds events is refused: the start-up fails with an error and a non-zero exit code, and
 * nothing is written. {@code --hgk.generate.into-existing-ledger=true} generates into it all the same.
 */
@Component
@ConditionalOnProperty("hgk.generate.year")
class GeneratorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);

    private final YearGenerator generator;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    GeneratorRunner(YearGenerator generator, Environment environment, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        GenerationSpec defaults = GenerationSpec.zuidHollandZuid(environment.getRequiredProperty("hgk.generate.year",
                Integer.class));
        GenerationSpec spec = new GenerationSpec(
                environment.getProperty("hgk.generate.region", defaults.region()),
                defaults.year(),
                environment.getProperty("hgk.generate.reports", Integer.class, defaults.reports()),
                environment.getProperty("hgk.generate.advice-requests", Integer.class, defaults.adviceRequests()),
                environment.getProperty("hgk.generate.seed", Long.class, defaults.seed()),
                environment.getProperty("hgk.generate.into-existing-ledger", Boolean.class, false));
        log.info("generating {}", spec);
        GeneratedYear year;
        try {
            year = generator.generate(spec);
        } catch (YearGenerator.LedgerNotEmpty refusal) {
            log.error("not generating: {}", refusal.getMessage());
            // thrown on, the start-up fails, so the process ends with a non-zero exit code (exit=true or not)
            throw refusal;
        }
        log.info("generated {} commands ({} refused)", year.sent().size(), year.refused());
        if (environment.getProperty("hgk.generate.exit", Boolean.class, false)) {
            System.exit(SpringApplication.exit(context, () -> year.refused() == 0 ? 0 : 1));
        }
    }
}
