package uk.police.complaints.accessibility;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import uk.police.complaints.portal.PortalApplication;

/**
 * The portal on a random port, with the test-only pages (one that fails, some broken on purpose, none linked from
 * the portal's pages): the classes that need nothing else of it share this one instance, as Spring caches a test
 * context by its configuration, instead of starting one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FailingPage.class, BrokenPage.class})
@interface ServedPortal {
}
