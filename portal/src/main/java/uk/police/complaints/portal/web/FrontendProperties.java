package uk.police.complaints.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The GOV.UK Frontend WebJar in use; its version is part of every asset path, so browsers may cache them long. */
@ConfigurationProperties("portal.frontend")
public record FrontendProperties(String govukVersion) {

    public String govukRoot() {
        return "/webjars/govuk-frontend/" + govukVersion + "/dist/govuk";
    }
}
