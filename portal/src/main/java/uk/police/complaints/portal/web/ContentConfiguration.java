package uk.police.complaints.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.complaints.content.ContentLibrary;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    ContentLibrary contentPages() {
        return ContentLibrary.load("pages");
    }
}
