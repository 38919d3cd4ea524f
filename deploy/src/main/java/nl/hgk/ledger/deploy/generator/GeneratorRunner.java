package nl.hgk.ledger.deploy.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The generator's command-line entry point: started with {@code --hgk.generate.year=2025} (and optionally
 * {@code --hgk.generate.region=VT24}, {@code --hgk.generate.reports}, {@code --hgk.generate.advice-requests},
 * {@code --hgk.generate.seed}, {@code --hgk.generate.exit=true}), the ledger generates that year into its database
 * once it has started, then keeps running (or stops, with exit=true).
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
                environment.getProperty("hgk.generate.seed", Long.class, defaults.seed()));
        log.info("generating {}", spec);
        GeneratedYear year = generator.generate(spec);
        log.info("generated {} commands ({} refused)", year.sent().size(), year.refused());
        if (environment.getProperty("hgk.generate.exit", Boolean.class, false)) {
            System.exit(org.springframework.boot.SpringApplication.exit(context, () -> year.refused() == 0 ? 0 : 1));
        }
    }
}
