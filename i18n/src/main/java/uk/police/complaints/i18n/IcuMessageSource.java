package uk.police.complaints.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.AbstractMessageSource;

/**
 * Formats messages with ICU rather than {@code java.text.MessageFormat}: ICU knows the six Welsh plural
 * categories (zero, one, two, few, many, other) and leaves a lone apostrophe alone, so "dyma'r" keeps it.
 * Every message goes through ICU, with or without arguments, so quoting is the same for all keys. Arguments are
 * numbered ({@code {0}}), or named ({@code {count}}) when the only argument passed is a map of names to values.
 */
public final class IcuMessageSource extends AbstractMessageSource {

    private final List<String> basenames;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    /** Bundles are searched in the order given; the first that has a key decides its text. */
    public IcuMessageSource(String... basenames) {
        this.basenames = List.of(basenames);
        setUseCodeAsDefaultMessage(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Language language = Language.of(locale);
        String pattern = pattern(code, language);
        if (pattern == null) {
            return null;
        }
        MessageFormat format = formats.computeIfAbsent(
                language.tag() + '\u0000' + code, key -> new MessageFormat(pattern, ULocale.forLocale(language.locale())));
        // A template passing an argument list as one array (#{key(${error.argumentArray()})}) means its elements.
        Object[] arguments = resolveArguments(args != null && args.length == 1 && args[0] instanceof Object[] list
                ? list : args, locale);
        // ICU's MessageFormat keeps parse state in the instance; formats are cached, so calls take turns.
        synchronized (format) {
            if (arguments != null && arguments.length == 1 && arguments[0] instanceof Map<?, ?> named) {
                return format.format(named, new StringBuffer(), null).toString();
            }
            return format.format(arguments == null ? new Object[0] : arguments, new StringBuffer(), null).toString();
        }
    }

    @Override
    protected java.text.MessageFormat resolveCode(String code, Locale locale) {
        // Spring only calls this from getMessageInternal, which ICU replaces above.
        throw new UnsupportedOperationException("messages are formatted with ICU");
    }

    /** The raw pattern of a key in one language, or null if the key is unknown. */
    public String pattern(String code, Language language) {
        for (String basename : basenames) {
            ResourceBundle bundle = bundles.computeIfAbsent(basename + '_' + language.tag(), key -> load(basename, language));
            if (bundle.containsKey(code)) {
                return bundle.getString(code);
            }
        }
        return null;
    }

    private ResourceBundle load(String basename, Language language) {
        Locale bundleLocale = language == Language.ENGLISH ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(basename, bundleLocale, getClass().getClassLoader(), ONE_LANGUAGE);
    }

    /** Each language's bundle stands alone: a key missing in Welsh is missing, never quietly shown in English. */
    private static final ResourceBundle.Control ONE_LANGUAGE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };
}
