package uk.police.complaints.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.complaints.content.ContentLibrary;

/** The written pages and the know-your-rights guides, each rendered once at start-up. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    ContentLibrary contentPages() {
        return ContentLibrary.load("pages");
    }

    @Bean
    ContentLibrary guides() {
        return ContentLibrary.load("guides");
    }
}
