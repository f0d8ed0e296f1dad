package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageDiscoveryTest {

    @Test
    void theLanguageParameterIsNotPartOfAPagesAddress() {
        assertThat(PageDiscovery.withoutLanguage("/?lang=cy")).isEqualTo("/");
        assertThat(PageDiscovery.withoutLanguage("/contact?lang=en")).isEqualTo("/contact");
        assertThat(PageDiscovery.withoutLanguage("/a?x=1&lang=cy")).isEqualTo("/a?x=1");
        assertThat(PageDiscovery.withoutLanguage("/a?lang=cy&x=1")).isEqualTo("/a?x=1");
    }
}
