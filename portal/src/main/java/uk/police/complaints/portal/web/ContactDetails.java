package uk.police.complaints.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How people reach a person instead of the portal; shown in the footer and wherever a journey cannot help. */
@ConfigurationProperties("portal.contact")
public record ContactDetails(String phone, String textRelay, String email) {
}
