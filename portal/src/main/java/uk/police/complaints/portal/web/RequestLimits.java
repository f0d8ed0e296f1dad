package uk.police.complaints.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may bring, beyond the limits of each answer (which pages explain with the typed words kept).
 *
 * @param maxFormFields the most values an ordinary form may post: the longest page posts a few dozen
 * @param uploadOverhead what a page of files may post besides the largest files it takes
 */
@ConfigurationProperties("portal.requests")
record RequestLimits(@DefaultValue("100") int maxFormFields, @DefaultValue("1MB") DataSize uploadOverhead) {
}
