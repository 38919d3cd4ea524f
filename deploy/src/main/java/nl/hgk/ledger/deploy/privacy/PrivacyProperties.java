package nl.hgk.ledger.deploy.privacy;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys and retention ({@code hgk.privacy}, {@code hgk.retention} in {@code application.yml}).
 *
 * @param keyCacheTtl  how long this node keeps a subject's key in memory: another node that destroys it is followed
 *                     here within this time (this node's own erasures at once)
 * @param keyCacheSize how many subjects' keys this node keeps in memory at most
 * @param retention    the retention rule and how often the job looks for cases whose period ended
 */
@ConfigurationProperties("hgk")
record PrivacyProperties(@DefaultValue Keys privacy, @DefaultValue Retention retention) {

    record Keys(@DefaultValue("PT5M") Duration keyCacheTtl, @DefaultValue("100000") long keyCacheSize) {
    }

    /**
     * @param enabled         whether the retention job runs on this ledger
     * @param every           the time between two runs (on the ledger clock)
     * @param extraPeriod     kept this much longer than the youngest child's 18th birthday, for a child-protection
     *                        measure that runs longer (one margin for every case: a measure is not recorded per case)
     * @param withoutChildren how long a closed case without children is kept after its closure
     */
    record Retention(@DefaultValue("true") boolean enabled, @DefaultValue("PT1H") Duration every,
                     @DefaultValue("P0D") Period extraPeriod, @DefaultValue("P20Y") Period withoutChildren) {
    }
}
