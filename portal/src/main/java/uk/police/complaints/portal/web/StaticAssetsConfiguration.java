package uk.police.complaints.portal.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** GOV.UK Frontend's stylesheet asks for its fonts and images under {@code /assets/}. */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebFluxConfigurer {

    private final FrontendProperties frontend;

    StaticAssetsConfiguration(FrontendProperties frontend) {
        this.frontend = frontend;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources" + frontend.govukRoot() + "/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
