package kr.valuemall.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When events whose listener failed are handed to it again.
 *
 * @param every how often the retry job looks for them
 * @param after how old an unfinished publication must be before it counts as failed: a
 * listener may still be working on a younger one
 */
@ConfigurationProperties("valuemall.events.retry")
public record EventRetryProperties(@DefaultValue("5m") Duration every, @DefaultValue("10m") Duration after) {

}
