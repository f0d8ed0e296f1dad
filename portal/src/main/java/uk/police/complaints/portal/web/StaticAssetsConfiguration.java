package uk.police.complaints.portal.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images under {@code /assets/}. Its WebJar's files are kept by
 * browsers for a year without asking again: their path carries the version, so a new version is a new address.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebFluxConfigurer {

    private final FrontendProperties frontend;

    StaticAssetsConfiguration(FrontendProperties frontend) {
        this.frontend = frontend;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Declared here, Boot leaves /webjars/** to this handler instead of its own week-long one.
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources" + frontend.govukRoot() + "/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
