package ke.haki.monitoring.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language a dashboard page is shown in: the one remembered in the {@value #COOKIE} cookie
 * (set by {@code /dashboard/language}), else English.
 */
@RequestScoped
public class DashboardLanguage {

    /** The cookie that remembers the chosen language, for a year, on the dashboard's path. */
    public static final String COOKIE = "haki_lang";

    /** The languages of the dashboard, with the tag used in {@code lang} attributes and the cookie. */
    public enum Lang {
        EN("en", "English"),
        SW("sw", "Kiswahili");

        final String tag;
        final String ownName;

        Lang(String tag, String ownName) {
            this.tag = tag;
            this.ownName = ownName;
        }

        public String tag() {
            return tag;
        }

        public String ownName() {
            return ownName;
        }

        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }

        public static Optional<Lang> byTag(String tag) {
            return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
        }
    }

    @Inject
    HttpServerRequest request;

    public Lang current() {
        Cookie cookie = request.getCookie(COOKIE);
        return Lang.byTag(cookie == null ? null : cookie.getValue()).orElse(Lang.EN);
    }

    /** The messages in the current language, for text made in Java (flash messages, time left). */
    public DashboardMessages messages() {
        return messages(current());
    }

    static DashboardMessages messages(Lang lang) {
        return lang == Lang.EN ? MessageBundles.get(DashboardMessages.class)
                : MessageBundles.get(DashboardMessages.class, Localized.Literal.of(lang.tag));
    }

    /** This page's own address (path and query) without one-off flash messages, to come back to. */
    public String here() {
        String uri = request.uri();
        int q = uri.indexOf('?');
        if (q < 0) {
            return uri;
        }
        String kept = Arrays.stream(uri.substring(q + 1).split("&"))
                .filter(p -> !p.startsWith("done=") && !p.startsWith("error=") && !p.isEmpty())
                .reduce((a, b) -> a + "&" + b).orElse("");
        return uri.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept);
    }
}
